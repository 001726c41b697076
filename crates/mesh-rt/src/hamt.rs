//! The persistent ordered hash index behind `Map` and `Set`: a hash array
//! mapped trie from keys to entries, plus an insertion-ordered vector of
//! the same entries, both immutable and structurally shared between
//! versions, so that an update copies O(log n) nodes.
//!
//! Objects (all ordinary heap objects the collector traces):
//! - entry (`MapEntry`): `{ key, value, slot }`, `slot` being its position
//!   in the order vector; shared by the trie and the vector;
//! - trie node: a List `[bitmap, child...]`, one child per set bit of the
//!   5 hash bits of its level; a child is an entry, a collision or a node;
//! - collision (`MapCollision`): `{ entries: List }`, entries of different
//!   keys with the same full hash, compared with the key type's `eq`;
//! - order node: a List `[live count, child...]` of up to 32 children,
//!   entries (or 0 where an entry was deleted) at height 0, order nodes
//!   above.
//!
//! Keys are hashed with the key `TypeInfo`'s `hash`; a type without one
//! hashes every key to 0, so all its keys share one collision (a linear
//! scan, correct but slower). Deleting leaves a 0 in the order vector and
//! the live counts let an index by position skip the holes.

use crate::list::{self, elements};
use crate::object::{field_ptr, header, new_object, TypeDesc, HEADER_SIZE, KIND_STRUCT};
use crate::typeinfo::TypeInfo;

static ENTRY_DESC: TypeDesc = TypeDesc {
    kind: KIND_STRUCT,
    n_fields: 3,
    ptr_mask: 0b011,
    name: c"MapEntry".as_ptr().cast(),
};

static COLLISION_DESC: TypeDesc = TypeDesc {
    kind: KIND_STRUCT,
    n_fields: 1,
    ptr_mask: 0b1,
    name: c"MapCollision".as_ptr().cast(),
};

/// Hash bits consumed per trie level, and children per order node.
const BITS: u32 = 5;
const WIDTH: i64 = 1 << BITS;

/// Number of field words an [`Index`] occupies in its owner object.
pub const FIELDS: usize = 5;

/// An index: the words its owner object (a Map or a Set) keeps.
#[derive(Clone, Copy, Debug)]
pub struct Index {
    /// Root of the trie (0 when empty).
    trie: i64,
    /// Root of the order vector (0 when empty).
    order: i64,
    /// Height of the order vector (0: the root holds entries).
    height: i64,
    /// Live entries.
    pub len: i64,
    /// Slots of the order vector used so far (live or deleted).
    next: i64,
}

/// The index without entries.
pub const EMPTY: Index = Index {
    trie: 0,
    order: 0,
    height: 0,
    len: 0,
    next: 0,
};

/// The index stored in fields `first..first + FIELDS` of `object`.
///
/// # Safety
/// Those fields must hold an index written by [`write`].
pub unsafe fn read(object: i64, first: usize) -> Index {
    Index {
        trie: *field_ptr(object, first),
        order: *field_ptr(object, first + 1),
        height: *field_ptr(object, first + 2),
        len: *field_ptr(object, first + 3),
        next: *field_ptr(object, first + 4),
    }
}

/// Stores `index` in fields `first..first + FIELDS` of `object`.
///
/// # Safety
/// `object` must have those fields, the trie and order words traced as
/// pointers (fields `first` and `first + 1`).
pub unsafe fn write(object: i64, first: usize, index: Index) {
    field_ptr(object, first).write(index.trie);
    field_ptr(object, first + 1).write(index.order);
    field_ptr(object, first + 2).write(index.height);
    field_ptr(object, first + 3).write(index.len);
    field_ptr(object, first + 4).write(index.next);
}

fn new_entry(key: i64, value: i64, slot: i64) -> i64 {
    let entry = new_object(HEADER_SIZE + 24, &ENTRY_DESC) as i64;
    // SAFETY: the object has three field words.
    unsafe {
        field_ptr(entry, 0).write(key);
        field_ptr(entry, 1).write(value);
        field_ptr(entry, 2).write(slot);
    }
    entry
}

/// The key of an entry.
///
/// # Safety
/// `entry` must be an entry object.
pub unsafe fn entry_key(entry: i64) -> i64 {
    *field_ptr(entry, 0)
}

/// The value of an entry.
///
/// # Safety
/// `entry` must be an entry object.
pub unsafe fn entry_value(entry: i64) -> i64 {
    *field_ptr(entry, 1)
}

unsafe fn entry_slot(entry: i64) -> i64 {
    *field_ptr(entry, 2)
}

unsafe fn is_entry(child: i64) -> bool {
    std::ptr::eq(header(child).desc, &ENTRY_DESC)
}

unsafe fn is_collision(child: i64) -> bool {
    std::ptr::eq(header(child).desc, &COLLISION_DESC)
}

fn new_collision(entries: i64) -> i64 {
    let collision = new_object(HEADER_SIZE + 8, &COLLISION_DESC) as i64;
    // SAFETY: the object has one field word.
    unsafe { field_ptr(collision, 0).write(entries) };
    collision
}

unsafe fn collision_entries<'a>(collision: i64) -> &'a [i64] {
    elements(*field_ptr(collision, 0))
}

fn hash_of(info: &TypeInfo, key: i64) -> u64 {
    info.hash.map_or(0, |hash| hash(key) as u64)
}

/// The 5 bits of `hash` that choose a child at trie level `shift`.
fn chunk(hash: u64, shift: u32) -> u32 {
    (hash.checked_shr(shift).unwrap_or(0) & (WIDTH as u64 - 1)) as u32
}

/// Position of the child for `bit` among the children of `bitmap`.
fn child_position(bitmap: u32, bit: u32) -> usize {
    1 + (bitmap & (bit - 1)).count_ones() as usize
}

/// The entry of `key`, if present.
///
/// # Safety
/// `index` must come from [`read`] or an update of this module; `key` of
/// `info`'s type.
pub unsafe fn find(info: &TypeInfo, index: &Index, key: i64) -> Option<i64> {
    let hash = hash_of(info, key);
    let mut child = index.trie;
    let mut shift = 0;
    loop {
        if child == 0 {
            return None;
        }
        if is_entry(child) {
            return info.equal(entry_key(child), key).then_some(child);
        }
        if is_collision(child) {
            return collision_entries(child)
                .iter()
                .copied()
                .find(|&entry| info.equal(entry_key(entry), key));
        }
        let words = elements(child);
        let bitmap = words[0] as u32;
        let bit = 1u32 << chunk(hash, shift);
        if bitmap & bit == 0 {
            return None;
        }
        child = words[child_position(bitmap, bit)];
        shift += BITS;
    }
}

/// A trie node holding the subtrees `a` (all keys hashing to `hash_a`)
/// and `b` (to `hash_b`), `hash_a != hash_b`, at level `shift`.
fn split(a: i64, hash_a: u64, b: i64, hash_b: u64, shift: u32) -> i64 {
    let (chunk_a, chunk_b) = (chunk(hash_a, shift), chunk(hash_b, shift));
    if chunk_a == chunk_b {
        let below = split(a, hash_a, b, hash_b, shift + BITS);
        return list::from_slice(&[i64::from(1u32 << chunk_a), below]);
    }
    let bitmap = i64::from((1u32 << chunk_a) | (1u32 << chunk_b));
    if chunk_a < chunk_b {
        list::from_slice(&[bitmap, a, b])
    } else {
        list::from_slice(&[bitmap, b, a])
    }
}

/// `child` (a subtree at level `shift`) with `entry` added, replacing the
/// entry of an equal key.
unsafe fn trie_put(info: &TypeInfo, child: i64, entry: i64, hash: u64, shift: u32) -> i64 {
    if child == 0 {
        return entry;
    }
    let key = entry_key(entry);
    if is_entry(child) {
        if info.equal(entry_key(child), key) {
            return entry;
        }
        let other_hash = hash_of(info, entry_key(child));
        if other_hash == hash {
            return new_collision(list::from_slice(&[child, entry]));
        }
        return split(child, other_hash, entry, hash, shift);
    }
    if is_collision(child) {
        let entries = collision_entries(child);
        let other_hash = hash_of(info, entry_key(entries[0]));
        if other_hash != hash {
            return split(child, other_hash, entry, hash, shift);
        }
        let entries = match entries.iter().position(|&e| info.equal(entry_key(e), key)) {
            Some(position) => list::build(entries.len(), |new| {
                new.copy_from_slice(entries);
                new[position] = entry;
            }),
            None => list::build(entries.len() + 1, |new| {
                new[..entries.len()].copy_from_slice(entries);
                new[entries.len()] = entry;
            }),
        };
        return new_collision(entries);
    }
    let words = elements(child);
    let bitmap = words[0] as u32;
    let bit = 1u32 << chunk(hash, shift);
    let position = child_position(bitmap, bit);
    if bitmap & bit != 0 {
        let below = trie_put(info, words[position], entry, hash, shift + BITS);
        list::build(words.len(), |new| {
            new.copy_from_slice(words);
            new[position] = below;
        })
    } else {
        list::build(words.len() + 1, |new| {
            new[0] = i64::from(bitmap | bit);
            new[1..position].copy_from_slice(&words[1..position]);
            new[position] = entry;
            new[position + 1..].copy_from_slice(&words[position..]);
        })
    }
}

/// `child` (a subtree at level `shift` holding `key`) without `key`; 0
/// when nothing is left.
unsafe fn trie_remove(info: &TypeInfo, child: i64, key: i64, hash: u64, shift: u32) -> i64 {
    if is_entry(child) {
        return 0;
    }
    if is_collision(child) {
        let entries = collision_entries(child);
        let kept: Vec<i64> = entries
            .iter()
            .copied()
            .filter(|&entry| !info.equal(entry_key(entry), key))
            .collect();
        // The kept entries stay reachable from `child` while the list is
        // allocated.
        return match kept.as_slice() {
            [] => 0,
            [only] => *only,
            _ => new_collision(list::from_slice(&kept)),
        };
    }
    let words = elements(child);
    let bitmap = words[0] as u32;
    let bit = 1u32 << chunk(hash, shift);
    let position = child_position(bitmap, bit);
    let below = trie_remove(info, words[position], key, hash, shift + BITS);
    if below != 0 {
        return list::build(words.len(), |new| {
            new.copy_from_slice(words);
            new[position] = below;
        });
    }
    if words.len() == 2 {
        return 0;
    }
    let other = if position == 1 { words[2] } else { words[1] };
    if words.len() == 3 && !is_node(other) {
        // A lone entry or collision moves up: lookups compare full keys.
        return other;
    }
    list::build(words.len() - 1, |new| {
        new[0] = i64::from(bitmap & !bit);
        new[1..position].copy_from_slice(&words[1..position]);
        new[position..].copy_from_slice(&words[position + 1..]);
    })
}

unsafe fn is_node(child: i64) -> bool {
    !is_entry(child) && !is_collision(child)
}

/// Live entries under an order node (0 for an absent one).
unsafe fn live(node: i64) -> i64 {
    if node == 0 {
        0
    } else {
        elements(node)[0]
    }
}

/// The order node `node` of height `height` with slot `slot` set to
/// `entry` (0 to delete).
unsafe fn order_set(node: i64, height: i64, slot: i64, entry: i64) -> i64 {
    static NO_NODE: [i64; 1] = [0];
    let old: &[i64] = if node == 0 { &NO_NODE } else { elements(node) };
    let position = 1 + ((slot >> (BITS as i64 * height)) & (WIDTH - 1)) as usize;
    let previous = old.get(position).copied().unwrap_or(0);
    let replacement = if height == 0 {
        entry
    } else {
        order_set(previous, height - 1, slot, entry)
    };
    let change = if height == 0 {
        i64::from(entry != 0) - i64::from(previous != 0)
    } else {
        live(replacement) - live(previous)
    };
    list::build(old.len().max(position + 1), |new| {
        new.fill(0);
        new[..old.len()].copy_from_slice(old);
        new[0] = old[0] + change;
        new[position] = replacement;
    })
}

/// `index` with `key => value`: a new key goes at the end of the order,
/// an existing one keeps its position and gets the new value.
///
/// # Safety
/// `index` must be an index of keys of `info`'s type, reachable from the
/// caller during the call.
pub unsafe fn put(info: &TypeInfo, index: Index, key: i64, value: i64) -> Index {
    let hash = hash_of(info, key);
    let mut result = index;
    let slot = match find(info, &index, key) {
        Some(existing) => entry_slot(existing),
        None => {
            let slot = index.next;
            if index.order != 0 && slot >= WIDTH.pow(index.height as u32 + 1) {
                result.order = list::from_slice(&[live(index.order), index.order]);
                result.height += 1;
            }
            result.len += 1;
            result.next += 1;
            slot
        }
    };
    let entry = new_entry(key, value, slot);
    result.trie = trie_put(info, index.trie, entry, hash, 0);
    result.order = order_set(result.order, result.height, slot, entry);
    result
}

/// `index` without `key`, or `None` when `key` is absent.
///
/// # Safety
/// As for [`put`].
pub unsafe fn remove(info: &TypeInfo, index: Index, key: i64) -> Option<Index> {
    let entry = find(info, &index, key)?;
    if index.len == 1 {
        return Some(EMPTY);
    }
    let mut result = index;
    result.trie = trie_remove(info, index.trie, key, hash_of(info, key), 0);
    result.order = order_set(index.order, index.height, entry_slot(entry), 0);
    result.len -= 1;
    Some(result)
}

/// The entry at position `position` (0-based, insertion order) among the
/// live ones; `None` out of range.
///
/// # Safety
/// `index` must come from [`read`] or an update of this module.
pub unsafe fn entry_at(index: &Index, position: i64) -> Option<i64> {
    if position < 0 || position >= index.len {
        return None;
    }
    let (mut node, mut rest) = (index.order, position);
    let mut height = index.height;
    if index.len == index.next {
        // No holes: the position is the slot.
        loop {
            let child = (rest >> (BITS as i64 * height)) & (WIDTH - 1);
            node = elements(node)[1 + child as usize];
            if height == 0 {
                return Some(node);
            }
            height -= 1;
        }
    }
    loop {
        let mut chosen = 0;
        for &child in &elements(node)[1..] {
            let count = if height == 0 {
                i64::from(child != 0)
            } else {
                live(child)
            };
            if rest < count {
                chosen = child;
                break;
            }
            rest -= count;
        }
        if height == 0 {
            return Some(chosen);
        }
        node = chosen;
        height -= 1;
    }
}

unsafe fn for_each_in(node: i64, height: i64, visit: &mut impl FnMut(i64)) {
    if node == 0 {
        return;
    }
    for &child in &elements(node)[1..] {
        if height == 0 {
            if child != 0 {
                visit(child);
            }
        } else {
            for_each_in(child, height - 1, visit);
        }
    }
}

/// A List of `pick(entry)` for every entry in insertion order.
///
/// # Safety
/// `index` must come from [`read`] or an update of this module; `pick`
/// must not allocate.
pub unsafe fn collect(index: &Index, pick: impl Fn(i64) -> i64) -> i64 {
    list::build(index.len as usize, |words| {
        let mut at = 0;
        for_each_in(index.order, index.height, &mut |entry| {
            words[at] = pick(entry);
            at += 1;
        });
    })
}
