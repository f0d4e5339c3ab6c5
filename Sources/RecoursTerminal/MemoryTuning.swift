import Foundation

/// glibc's allocator, set up for an editor that replaces a long text at every key.
///
/// Each edit of a 1 MB field builds the new text in a new 1 MB buffer and frees the old one. By default glibc
/// gives such buffers back to the system and takes them again (`mmap`, or trimming the top of the heap), so that
/// every key pays a few hundred page faults (about a millisecond). Keeping freed memory in the process for reuse
/// removes them. And with one arena for all threads, what the background save frees (its JSON buffers) is reused
/// by the main thread instead of staying in an arena of its own: the peak memory is lower than by default.
public enum MemoryTuning {
    /// Idempotent; does nothing where `mallopt` is not found (another C library).
    public static func keepFreedMemoryForReuse() {
        #if os(Linux)
            typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
            guard let symbol = dlsym(nil, "mallopt") else { return }
            let mallopt = unsafeBitCast(symbol, to: Mallopt.self)
            let trimThreshold: Int32 = -1  // M_TRIM_THRESHOLD
            let mmapThreshold: Int32 = -3  // M_MMAP_THRESHOLD
            let arenaMax: Int32 = -8  // M_ARENA_MAX
            // Blocks up to 32 MB (the largest draft) come from the heap, and the heap is not trimmed below 256 MB of
            // free space at its top: freed blocks are reused instead of being returned and faulted in again.
            _ = mallopt(mmapThreshold, 32 * 1_048_576)
            _ = mallopt(trimThreshold, 256 * 1_048_576)
            _ = mallopt(arenaMax, 1)
        #endif
    }
}
