/* Map workload: insert N = 200,000 long keys (key(i) = i * 7919 mod
 * 1,000,003, all distinct, scattered) with value i, then look every key up
 * and sum the values, then test the keys 0..N-1 for presence and count the
 * hits; print size, sum and hit count.
 * C side: a mutable open-addressing hash table (linear probing, power-of-two
 * capacity doubled at half load, multiplicative hashing), the usual C
 * choice. Mesh's Map is immutable (each put returns a new map), so the ratio
 * includes the cost of that persistence. N comes from argv[1] (default
 * 200000).
 * Build: gcc -O2 -o map map.c */
#include <stdio.h>
#include <stdlib.h>

typedef struct { long key, value; int used; } slot;
typedef struct { slot *slots; unsigned long capacity, size; } table;

static unsigned long slot_of(const table *t, long key) {
    return ((unsigned long)key * 0x9E3779B97F4A7C15ul) >> 32 & (t->capacity - 1);
}

static slot *find(const table *t, long key) {
    unsigned long i = slot_of(t, key);
    while (t->slots[i].used && t->slots[i].key != key) i = (i + 1) & (t->capacity - 1);
    return &t->slots[i];
}

static void put(table *t, long key, long value);

static void grow(table *t) {
    table bigger = { calloc(t->capacity * 2, sizeof(slot)), t->capacity * 2, 0 };
    for (unsigned long i = 0; i < t->capacity; i++)
        if (t->slots[i].used) put(&bigger, t->slots[i].key, t->slots[i].value);
    free(t->slots);
    *t = bigger;
}

static void put(table *t, long key, long value) {
    if (2 * (t->size + 1) > t->capacity) grow(t);
    slot *s = find(t, key);
    if (!s->used) t->size++;
    *s = (slot){ key, value, 1 };
}

/* Like Mesh's Map.get on Int values: 0 when the key is absent. */
static long get(const table *t, long key) {
    const slot *s = find(t, key);
    return s->used ? s->value : 0;
}

static int has_key(const table *t, long key) { return find(t, key)->used; }

static long key_of(long i) { return i * 7919 % 1000003; }

/* Command-line argument `index` as a number, or `fallback` when it is absent
 * or not a number (as the Mesh side does). */
static long arg_long(int argc, char **argv, int index, long fallback) {
    char *end;
    if (argc <= index) return fallback;
    long value = strtol(argv[index], &end, 10);
    return end != argv[index] && *end == 0 ? value : fallback;
}

int main(int argc, char **argv) {
    long n = arg_long(argc, argv, 1, 200000);
    table m = { calloc(16, sizeof(slot)), 16, 0 };
    for (long i = 0; i < n; i++) put(&m, key_of(i), i);
    long total = 0;
    for (long i = 0; i < n; i++) total += get(&m, key_of(i));
    long hits = 0;
    for (long i = 0; i < n; i++) hits += has_key(&m, i);
    printf("%lu %ld %ld\n", m.size, total, hits);
    free(m.slots);
    return 0;
}
