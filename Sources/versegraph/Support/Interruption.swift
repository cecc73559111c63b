import CommentaryGraph
import Dispatch
import Foundation
import Synchronization

/// What happens when a command is interrupted (SIGINT, SIGTERM, SIGHUP): the child processes
/// it started are stopped, the temporary files it was writing are removed, and it exits with
/// 128 + the signal's number. Outputs already written stay whole: each was renamed into
/// place complete, and the one being written is a temporary file until then.
///
/// SIGPIPE is ignored, so that a reader that goes away (`dot` exiting early, `| head`) is a
/// write error that the writer handles, not the death of the run.
enum Interruption {
    private static let children = Mutex<Set<Int32>>([])
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

    /// Installs the handlers; call once, before any work.
    static func install() {
        signal(SIGPIPE, SIG_IGN)
        for number in [SIGINT, SIGTERM, SIGHUP] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global(qos: .userInteractive))
            source.setEventHandler { stop(signal: number) }
            source.resume()
            sources.append(source)
        }
    }

    static func register(child: Int32) { _ = children.withLock { $0.insert(child) } }

    static func unregister(child: Int32) { _ = children.withLock { $0.remove(child) } }

    private static func stop(signal number: Int32) {
        children.withLock { children in
            for child in children { kill(child, SIGKILL) }
        }
        TemporaryFiles.removeAll()
        _exit(128 + number)
    }
}
