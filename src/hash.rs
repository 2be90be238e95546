//! A fast hash for the run's own tables and fingerprints.
//!
//! Why not the standard library's SipHash: it defends hash tables against
//! keys chosen by an attacker, and costs several times more per byte than
//! reading the bytes. Nothing claimlint hashes comes from an adversary who
//! can see the hash (the interned strings of its own findings, the text of
//! a file to tell whether it changed), so a multiply-and-rotate over eight
//! bytes at a time, as FxHash does, is enough, and deterministic.

use std::hash::{BuildHasherDefault, Hasher};

const K: u64 = 0x517c_c1b7_2722_0a95;

/// FxHash-style hashing, eight bytes a step.
#[derive(Clone, Copy, Default)]
pub struct FastHasher(u64);

impl FastHasher {
    fn mix(&mut self, w: u64) {
        self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(K);
    }
}

impl Hasher for FastHasher {
    fn write(&mut self, bytes: &[u8]) {
        let chunks = bytes.chunks_exact(8);
        let rest = chunks.remainder();
        for c in chunks {
            self.mix(u64::from_le_bytes(c.try_into().expect("eight bytes")));
        }
        let mut tail = [0u8; 8];
        tail[..rest.len()].copy_from_slice(rest);
        // the tail's length goes in with it: "a" and "a\0" differ
        self.mix(u64::from_le_bytes(tail) ^ ((rest.len() as u64) << 59));
    }

    fn write_u8(&mut self, i: u8) {
        self.mix(u64::from(i));
    }

    fn write_u64(&mut self, i: u64) {
        self.mix(i);
    }

    fn write_usize(&mut self, i: usize) {
        self.mix(i as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// For `HashMap`s and `HashSet`s keyed by the run's own data.
pub type FastState = BuildHasherDefault<FastHasher>;

/// The hash of `bytes`.
pub fn of(bytes: &[u8]) -> u64 {
    let mut h = FastHasher::default();
    h.write(bytes);
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every one-byte change, in the eight-byte steps or in the tail, and
    /// every change of length changes the hash.
    #[test]
    fn every_one_byte_change_changes_the_hash() {
        let text = b"On 10 November 2020 the war ended.";
        for k in 0..text.len() {
            let mut b = text.to_vec();
            b[k] ^= 0x20;
            assert_ne!(of(&b), of(text), "byte {k}");
        }
        for n in 0..text.len() {
            assert_ne!(of(&text[..n]), of(&text[..n + 1]), "length {n}");
        }
        assert_ne!(of(b"a"), of(b"a\0"));
        assert_eq!(of(text), of(text));
    }
}
