#if canImport(Glibc)
import Glibc
#endif

/// glibc gives every thread that allocates its own malloc arena (up to eight per core), and
/// memory freed in one arena is not reused by another: on a whole site, the page workers'
/// arenas kept about 40 MB that the graph and outputs then asked the system for again. Two
/// arenas, one per core of the machines versegraph is sized for, keep the threads apart
/// without that waste. Set once, before any thread starts, unless `MALLOC_ARENA_MAX` is set;
/// elsewhere it does nothing.
enum MemoryArenas {
    /// glibc's `M_ARENA_MAX` (malloc.h, which the Glibc module does not export).
    private static let arenaMaxOption: Int32 = -8

    static func limit() {
        #if canImport(Glibc)
        // glibc's own setting, when the user made one, stands.
        guard getenv("MALLOC_ARENA_MAX") == nil else { return }
        typealias MallOpt = @convention(c) (Int32, Int32) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
        _ = unsafeBitCast(symbol, to: MallOpt.self)(arenaMaxOption, 2)
        #endif
    }
}
