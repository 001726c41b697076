// Service-call throughput: K synchronous calls to a counter goroutine; each
// request carries a fresh reply channel, as a call carries its own reply
// reference. Usage: service K
package main

import (
	"fmt"
	"os"
	"strconv"
)

type request struct {
	n     int
	reply chan int
}

func main() {
	k, _ := strconv.Atoi(os.Args[1])
	requests := make(chan request)
	go func() {
		count := 0
		for r := range requests {
			count += r.n
			r.reply <- count
		}
	}()
	last := 0
	for i := 0; i < k; i++ {
		r := request{1, make(chan int, 1)}
		requests <- r
		last = <-r.reply
	}
	fmt.Printf("count %d\n", last)
}
