import Foundation
import Synchronization

/// A one-line progress display on standard error, for a terminal only: done of total, pages
/// a second and time left, redrawn at most ten times a second from any thread.
final class ProgressDisplay: Sendable {
    private struct State {
        var lastDraw: Double = 0
        var drawn = false
    }

    private let label: String
    private let start = ProgressDisplay.now()
    private let state = Mutex(State())

    init(label: String) { self.label = label }

    /// Shows that `done` of `total` are done.
    func update(_ done: Int, _ total: Int) {
        let now = Self.now()
        state.withLock { state in
            guard now - state.lastDraw >= 0.1 || done == total else { return }
            state.lastDraw = now
            state.drawn = true
            let elapsed = max(now - start, 0.001)
            let rate = Double(done) / elapsed
            var line = "\(label) \(done.formatted())/\(total.formatted())  \(Int(rate).formatted()) pages/s"
            if done < total, rate > 0 { line += "  \(Int((Double(total - done) / rate).rounded(.up))) s left" }
            StandardStreams.err("\r\u{1B}[K" + line)
        }
    }

    /// Clears the line, so that the summary starts on a clean one.
    func finish() {
        state.withLock { state in
            if state.drawn { StandardStreams.err("\r\u{1B}[K") }
        }
    }

    private static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
