// Spawn N goroutines that each block on their own channel (a one-slot
// mailbox), print the resident set size with all of them alive, then send
// each one value and wait until all have exited. Usage: spawn N
package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync"
)

func rssKiB() int {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if strings.HasPrefix(sc.Text(), "VmRSS:") {
			v, _ := strconv.Atoi(strings.Fields(sc.Text())[1])
			return v
		}
	}
	return 0
}

func main() {
	n, _ := strconv.Atoi(os.Args[1])
	var wg sync.WaitGroup
	wg.Add(n)
	chans := make([]chan int, n)
	for i := range chans {
		ch := make(chan int, 1)
		chans[i] = ch
		go func() {
			<-ch
			wg.Done()
		}()
	}
	fmt.Printf("spawned %d rss_kib=%d\n", n, rssKiB())
	for _, ch := range chans {
		ch <- 1
	}
	fmt.Println("sent")
	wg.Wait()
}
