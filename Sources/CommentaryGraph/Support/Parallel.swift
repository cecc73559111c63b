import Dispatch
import Synchronization

/// Work spread over threads with no shared state while it runs: each item is claimed by one
/// worker through an atomic counter and its result stored in its own slot, so results come
/// back in input order whatever the number of threads (hyperlink's map-reduce, without a
/// lock or a re-sort).
enum Parallel {
    /// Runs `body(index)` for every index below `count` on up to `jobs` threads.
    static func forEach(count: Int, jobs: Int, _ body: @Sendable (Int) -> Void) {
        let workers = max(1, min(jobs, count))
        guard workers > 1 else {
            for index in 0..<count { body(index) }
            return
        }
        let next = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while true {
                let index = next.add(1, ordering: .relaxed).oldValue
                guard index < count else { return }
                body(index)
            }
        }
    }

    /// `transform` applied to every element on up to `jobs` threads, in chunks so that the
    /// cost of claiming an item stays negligible for cheap transforms.
    static func map<Element: Sendable, Result: Sendable>(
        _ elements: [Element], jobs: Int, _ transform: @Sendable (Element) -> Result
    ) -> [Result] {
        guard jobs > 1, elements.count >= 512 else { return elements.map(transform) }
        let chunk = max(64, elements.count / (jobs * 16))
        let starts = Array(stride(from: 0, to: elements.count, by: chunk))
        let slots = SlotArray<[Result]>(count: starts.count)
        forEach(count: starts.count, jobs: jobs) { index in
            let range = starts[index]..<min(starts[index] + chunk, elements.count)
            slots.store(range.map { transform(elements[$0]) }, at: index)
        }
        return slots.values().flatMap { $0 }
    }
}

/// A fixed number of result slots that threads fill in, each slot exactly once, and that
/// are read only after every writer has finished (`concurrentPerform` returns after its
/// last iteration, which orders the writes before the read).
final class SlotArray<Value>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<Value?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    /// Stores the value of slot `index`; one writer per slot.
    func store(_ value: Value, at index: Int) { slots[index] = value }

    /// Moves the value of slot `index` out, leaving the slot empty; call once all writers
    /// are done, once per slot.
    func take(at index: Int) -> Value { slots[index].take()! }

    /// Every slot's value, in order; call once all writers are done.
    func values() -> [Value] { slots.map { $0! } }
}
