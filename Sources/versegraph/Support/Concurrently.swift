import Dispatch
import Synchronization

/// Two independent pieces of work run at once, for the stages of a command that share
/// nothing (the graph, and the checks and coverage, are both made from the corpus alone).
enum Concurrently {
    /// The results of `first` and `second`, run on two threads.
    static func run<First: Sendable, Second: Sendable>(
        _ first: @Sendable () -> First, _ second: @Sendable () -> Second
    ) -> (First, Second) {
        let firstResult = Mutex<First?>(nil)
        let secondResult = Mutex<Second?>(nil)
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            if index == 0 {
                let value = first()
                firstResult.withLock { $0 = value }
            } else {
                let value = second()
                secondResult.withLock { $0 = value }
            }
        }
        return (firstResult.withLock { $0! }, secondResult.withLock { $0! })
    }
}
