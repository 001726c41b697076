// Ping-pong: K round trips between two goroutines over unbuffered
// channels (the pinger sends its reply channel, the ponger answers).
// Usage: pingpong K
package main

import (
	"fmt"
	"os"
	"strconv"
)

func main() {
	k, _ := strconv.Atoi(os.Args[1])
	requests := make(chan chan int)
	go func() {
		for from := range requests {
			from <- 1
		}
	}()
	reply := make(chan int)
	for i := 0; i < k; i++ {
		requests <- reply
		<-reply
	}
	fmt.Println("pingpong done")
}
