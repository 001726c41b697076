/* List workload: build the list of the N = 1,000,000 Ints 0..N-1, then for
 * each of R = 20 rounds map it (3x + r), filter the even results and sum
 * them with a reduce; print the length and the total.
 * C side: a list is a heap array that is never modified after it is built
 * (like Mesh's immutable lists); the first list grows by doubling, map and
 * filter each allocate a new array per round and free it at the end of the
 * round, where Mesh leaves it to its garbage collector. map, filter and
 * reduce are generic functions taking a function pointer and an environment
 * pointer (the closure's captured round number); gcc may inline them.
 * N and R come from argv[1], argv[2] (defaults 1000000 and 20).
 * Build: gcc -O2 -o list list.c */
#include <stdio.h>
#include <stdlib.h>

typedef struct { long *items; long len; } list;

static list range_to_list(long n) {
    list xs = { NULL, 0 };
    long capacity = 0;
    for (long i = 0; i < n; i++) {
        if (xs.len == capacity) {
            capacity = capacity ? capacity * 2 : 16;
            xs.items = realloc(xs.items, capacity * sizeof(long));
        }
        xs.items[xs.len++] = i;
    }
    return xs;
}

static list map(list xs, long (*f)(const void *, long), const void *env) {
    list out = { malloc((xs.len ? xs.len : 1) * sizeof(long)), xs.len };
    for (long i = 0; i < xs.len; i++) out.items[i] = f(env, xs.items[i]);
    return out;
}

static list filter(list xs, int (*keep)(const void *, long), const void *env) {
    list out = { malloc((xs.len ? xs.len : 1) * sizeof(long)), 0 };
    for (long i = 0; i < xs.len; i++)
        if (keep(env, xs.items[i])) out.items[out.len++] = xs.items[i];
    return out;
}

static long reduce(list xs, long init, long (*f)(const void *, long, long), const void *env) {
    long acc = init;
    for (long i = 0; i < xs.len; i++) acc = f(env, acc, xs.items[i]);
    return acc;
}

static long shift(const void *env, long x) { return x * 3 + *(const long *)env; }
static int is_even(const void *env, long x) { (void)env; return x % 2 == 0; }
static long add(const void *env, long acc, long x) { (void)env; return acc + x; }

/* Command-line argument `index` as a number, or `fallback` when it is absent
 * or not a number (as the Mesh side does). */
static long arg_long(int argc, char **argv, int index, long fallback) {
    char *end;
    if (argc <= index) return fallback;
    long value = strtol(argv[index], &end, 10);
    return end != argv[index] && *end == 0 ? value : fallback;
}

int main(int argc, char **argv) {
    long n = arg_long(argc, argv, 1, 1000000);
    long count = arg_long(argc, argv, 2, 20);
    list xs = range_to_list(n);
    long total = 0;
    for (long r = 0; r < count; r++) {
        list shifted = map(xs, shift, &r);
        list even = filter(shifted, is_even, NULL);
        total += reduce(even, 0, add, NULL);
        free(shifted.items);
        free(even.items);
    }
    printf("%ld %ld\n", xs.len, total);
    free(xs.items);
    return 0;
}
