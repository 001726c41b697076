// Token ring: N goroutines, each with a one-slot channel, pass a token
// carrying the hops left for LAPS laps; the one receiving 0 prints
// "ring done". Usage: ring N LAPS
package main

import (
	"fmt"
	"os"
	"strconv"
)

func main() {
	n, _ := strconv.Atoi(os.Args[1])
	laps, _ := strconv.Atoi(os.Args[2])
	done := make(chan struct{})
	chans := make([]chan int, n)
	for i := range chans {
		chans[i] = make(chan int, 1)
	}
	for i := 0; i < n; i++ {
		in, next := chans[i], chans[(i+1)%n]
		go func() {
			for h := range in {
				if h == 0 {
					fmt.Println("ring done")
					close(done)
					return
				}
				next <- h - 1
			}
		}()
	}
	fmt.Printf("ring of %d started\n", n)
	chans[0] <- n * laps
	<-done
}
