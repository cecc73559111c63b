import Dispatch
import Foundation
import Synchronization

/// Reads page files into a `Corpus`, in parallel. The corpus is the same whatever the number
/// of workers: results are put back in file order before anything is derived from them.
public struct CorpusLoader: Sendable {
    /// Reads the HTML.
    public var scanner: HTMLPageScanner
    /// Interprets what was read.
    public var interpreter: PageInterpreter
    /// How many files are parsed at once.
    public var jobs: Int

    /// A loader with a scanner and interpreter for one site.
    public init(scanner: HTMLPageScanner, interpreter: PageInterpreter, jobs: Int = ProcessInfo.processInfo.activeProcessorCount)
    {
        self.scanner = scanner
        self.interpreter = interpreter
        self.jobs = max(1, jobs)
    }

    /// Reads every page under `inputs`. `progress` is called with (done, total) now and then,
    /// from worker threads.
    public func load(
        _ inputs: [String], progress: (@Sendable (Int, Int) -> Void)? = nil
    ) throws(CorpusError) -> Corpus {
        let files = try InputDiscovery.files(in: inputs)
        return load(files: files, progress: progress)
    }

    /// Reads the given files.
    public func load(files: [InputFile], progress: (@Sendable (Int, Int) -> Void)? = nil) -> Corpus {
        let next = Atomic<Int>(0)
        let results = Mutex<[(Int, Result<CommentaryPage, SkippedFile>)]>([])
        DispatchQueue.concurrentPerform(iterations: min(jobs, max(files.count, 1))) { _ in
            var local: [(Int, Result<CommentaryPage, SkippedFile>)] = []
            while true {
                let index = next.add(1, ordering: .relaxed).oldValue
                guard index < files.count else { break }
                local.append((index, read(files[index])))
                if let progress, index % 64 == 63 { progress(index + 1, files.count) }
            }
            results.withLock { $0 += local }
        }
        let ordered = results.withLock { $0 }.sorted { $0.0 < $1.0 }
        var pages: [CommentaryPage] = []
        var skipped: [SkippedFile] = []
        for (_, result) in ordered {
            switch result {
            case .success(let page): pages.append(page)
            case .failure(let skip): skipped.append(skip)
            }
        }
        progress?(files.count, files.count)
        return Corpus(pages: pages, skipped: skipped)
    }

    /// Reads one file; never throws, so that one bad file never stops the run.
    public func read(_ file: InputFile) -> Result<CommentaryPage, SkippedFile> {
        let bytes: [UInt8]
        do {
            bytes = try FileBytes.read(file.file)
        } catch {
            return .failure(SkippedFile(file: file.file, reason: .unreadable(error.message)))
        }
        do {
            let scanned = try scanner.scan(bytes)
            return .success(interpreter.page(from: scanned, path: file.path, file: file.file))
        } catch {
            return .failure(SkippedFile(file: file.file, reason: .page(error)))
        }
    }
}

extension SkippedFile: Error {}

/// Whole-file reads with POSIX calls: no Foundation `Data` bridging on the hot path.
enum FileBytes {
    struct ReadError: Error {
        let message: String
    }

    /// The first `count` bytes of a regular file; nil when it cannot be opened or is no
    /// regular file (a pipe is never waited on).
    static func prefix(_ path: String, count: Int) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        var bytes = [UInt8](repeating: 0, count: count)
        let read = bytes.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress!, count) }
        guard read >= 0 else { return nil }
        bytes.removeSubrange(read...)
        return bytes
    }

    static func read(_ path: String) throws(ReadError) -> [UInt8] {
        // O_NONBLOCK: a named pipe given as input must fail the regular-file check below,
        // not block the run waiting for a writer.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK)
        guard descriptor >= 0 else { throw ReadError(message: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw ReadError(message: String(cString: strerror(errno))) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw ReadError(message: "not a regular file") }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
        var offset = 0
        while offset < bytes.count {
            let count = bytes.withUnsafeMutableBytes { buffer in
                Foundation.read(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if count < 0 { throw ReadError(message: String(cString: strerror(errno))) }
            if count == 0 { break }  // the file shrank while being read
            offset += count
        }
        if offset < bytes.count { bytes.removeSubrange(offset...) }
        return bytes
    }
}
