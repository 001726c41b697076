// Spawn N goroutines that each report that they run and then block on their
// own channel (a one-slot mailbox); once all have reported, print the
// resident set size, then send
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
	var ready sync.WaitGroup
	ready.Add(n)
	chans := make([]chan int, n)
	for i := range chans {
		ch := make(chan int, 1)
		chans[i] = ch
		go func() {
			ready.Done()
			<-ch
			wg.Done()
		}()
	}
	ready.Wait()
	fmt.Printf("spawned %d rss_kib=%d\n", n, rssKiB())
	for _, ch := range chans {
		ch <- 1
	}
	fmt.Println("sent")
	wg.Wait()
}
