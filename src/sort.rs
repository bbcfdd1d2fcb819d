//! Sorting with one compiled sort.
//!
//! Each `sort`/`sort_by` call on a new element type compiles another copy of the standard
//! library's sort: 3–9 KB of wasm apiece, and the wasm is downloaded with the page. The
//! stages' few sorts therefore go through [`by_key`], which sorts *keys* — one `u128` per
//! element, packed by the caller so that comparing the integers compares the elements — with
//! the element's position as a tie-break (so the order is the stable one), and then moves the
//! elements into that order in place. Only the sort of `(u128, u32)` pairs is compiled.
//!
//! Keys pack byte offsets and counts into 32-bit fields: they fit, because a text is at most
//! [`crate::MAX_INPUT_BYTES`] (16 MB) long.
//!
//! ```
//! let mut words = vec!["pear", "fig", "apple", "kiwi"];
//! newslens::sort::by_key(&mut words, |w| w.len() as u128);
//! assert_eq!(words, ["fig", "pear", "kiwi", "apple"]); // "pear" stays before "kiwi"
//! ```

/// Sorts `v` by `key`, keeping the order of elements with equal keys (a stable sort).
pub fn by_key<T>(v: &mut [T], key: impl Fn(&T) -> u128) {
    let mut keyed: Vec<(u128, u32)> =
        v.iter().enumerate().map(|(i, x)| (key(x), i as u32)).collect();
    keyed.sort_unstable();
    let order: Vec<u32> = keyed.into_iter().map(|(_, i)| i).collect();
    permute(v, order);
}

/// Packs three 32-bit fields into a key that orders as the triple `(a, b, c)`.
pub fn key3(a: usize, b: usize, c: usize) -> u128 {
    (a as u128) << 64 | (b as u128) << 32 | c as u128
}

/// Puts `v[order[k]]` at place `k` for every `k`, by following the permutation's cycles with
/// swaps (no second copy of `v`). `order` must be a permutation of `0..v.len()`.
fn permute<T>(v: &mut [T], mut order: Vec<u32>) {
    for start in 0..v.len().min(order.len()) {
        let mut at = start;
        loop {
            let from = order[at] as usize;
            order[at] = at as u32; // placed
            if from == start || from >= v.len() {
                break;
            }
            v.swap(at, from);
            at = from;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_the_standard_stable_sort() {
        // A small generator (no dependency): many equal keys, so stability is tested.
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        for n in [0, 1, 2, 3, 7, 64, 1000] {
            let v: Vec<(u8, usize)> = (0..n)
                .map(|i| {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    ((seed % 5) as u8, i)
                })
                .collect();
            let mut ours = v.clone();
            by_key(&mut ours, |x| x.0 as u128);
            let mut std = v;
            std.sort_by_key(|x| x.0);
            assert_eq!(ours, std, "{n} elements");
        }
    }

    #[test]
    fn every_permutation_of_four() {
        let mut count = 0;
        for a in 0..4u32 {
            for b in 0..4 {
                for c in 0..4 {
                    for d in 0..4 {
                        let order = vec![a, b, c, d];
                        let mut seen = order.clone();
                        seen.sort_unstable();
                        if seen != [0, 1, 2, 3] {
                            continue;
                        }
                        count += 1;
                        let mut v = ['w', 'x', 'y', 'z'];
                        permute(&mut v, order.clone());
                        let want: Vec<char> =
                            order.iter().map(|&i| ['w', 'x', 'y', 'z'][i as usize]).collect();
                        assert_eq!(v.to_vec(), want, "{order:?}");
                    }
                }
            }
        }
        assert_eq!(count, 24);
    }

    #[test]
    fn triples_order_as_tuples() {
        let mut v = vec![(5, 1, 0), (2, 9, 3), (2, 9, 1), (2, 3, 7), (0, 0, 0)];
        by_key(&mut v, |&(a, b, c)| key3(a, b, c));
        assert_eq!(v, [(0, 0, 0), (2, 3, 7), (2, 9, 1), (2, 9, 3), (5, 1, 0)]);
    }
}
