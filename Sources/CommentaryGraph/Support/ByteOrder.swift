#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension String {
    /// Whether the string comes before `other` in the byte order of their UTF-8: the order of
    /// files, cache entries and JSON keys, the same on every machine and in every locale (and,
    /// for UTF-8, the order of code points, which Python sorts by).
    ///
    /// Compared with `memcmp` on the strings' own bytes: `utf8.lexicographicallyPrecedes` walked
    /// them byte by byte through iterators that retained each string, and sorting the 35,000
    /// entries of a whole site's cache that way took 0.2 s.
    package func precedesInUTF8(_ other: String) -> Bool {
        let ordered = utf8.withContiguousStorageIfAvailable { left in
            other.utf8.withContiguousStorageIfAvailable { right in
                let shared = min(left.count, right.count)
                guard shared > 0, let leftBytes = left.baseAddress, let rightBytes = right.baseAddress else {
                    return left.count < right.count
                }
                let order = memcmp(leftBytes, rightBytes, shared)
                return order != 0 ? order < 0 : left.count < right.count
            }
        }
        // A bridged string may have no contiguous UTF-8 to compare.
        return (ordered ?? nil) ?? utf8.lexicographicallyPrecedes(other.utf8)
    }
}
