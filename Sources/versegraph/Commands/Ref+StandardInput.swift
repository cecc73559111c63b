import CommentaryGraph
import Dispatch
import Scripture

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Versegraph.Ref {
    /// `ref` on standard input, block by block, with reading, answering and writing overlapped:
    /// while workers answer the blocks in flight, the main thread reads the next block and
    /// writes the answers of the oldest, in input order. (Reading, cutting and writing between
    /// answered blocks took a tenth of a 100,000-line run on one core.)
    struct StandardInputPipeline {
        let parser: ReferenceParser
        let format: Format
        /// Blocks in flight at most: two being answered, one being read, one being written.
        static let slotCount = 4
        /// 64 KB blocks: a block, its lines and its answers stay in the cache, and the workers
        /// start after a short first read (1 MB blocks took 10% longer).
        static let blockSize = 1 << 16

        /// Answers standard input; returns whether a line had a bad piece or no reference.
        ///
        /// - Throws: status 70 when standard output cannot be written; status 64, having said
        ///   why, when standard input cannot be read (the answers before are written).
        func run() throws -> Bool {
            let reader = LineBlockReader(descriptor: 0, name: "standard input", blockSize: Self.blockSize)
            let slots = (0..<Self.slotCount).map { _ in Slot(block: reader.makeBlock(), parser: parser, format: format) }
            var writer = Writer()
            var next = 0  // the slot read into next; the oldest in flight is `next - inFlight`
            var inFlight = 0
            // Every block handed to a worker is waited for, whatever is thrown: a slot is
            // reused only once its worker is done with it.
            defer {
                for offset in stride(from: inFlight, to: 0, by: -1) {
                    slots[(next - offset + Self.slotCount) % Self.slotCount].answered.wait()
                }
            }
            func writeOldest() throws {
                let slot = slots[(next - inFlight + Self.slotCount) % Self.slotCount]
                inFlight -= 1
                try writer.write(slot)
            }
            // Before a read that would wait, the answers so far are written: a program that
            // feeds one line at a time gets each answer at once, even when the start of its
            // next line is already waiting.
            func writeAllIfInputWouldWait() throws {
                guard inFlight > 0, !Self.inputIsReady() else { return }
                while inFlight > 0 { try writeOldest() }
            }
            do {
                while true {
                    if inFlight == Self.slotCount { try writeOldest() }
                    let slot = slots[next]
                    guard try reader.read(into: slot.block, beforeEachRead: writeAllIfInputWouldWait) else { break }
                    next = (next + 1) % Self.slotCount
                    inFlight += 1
                    DispatchQueue.global().async { slot.answer() }
                }
            } catch let error as FileSystemError {
                while inFlight > 0 { try writeOldest() }
                StandardStreams.err("versegraph: error: \(error)\n")
                throw ExitCodes.usage
            }
            while inFlight > 0 { try writeOldest() }
            return writer.failed
        }

        /// Whether standard input can be read without waiting (a file always can). A failed
        /// `poll` says no: writing the answers early costs only time.
        private static func inputIsReady() -> Bool {
            var request = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
            return poll(&request, 1, 0) > 0
        }

        /// A block and its answers. Used by one thread at a time: the main thread reads into it
        /// and hands it to a worker, which signals `answered` when it is done; the main thread
        /// then writes its answers and reads into it again.
        final class Slot: @unchecked Sendable {
            let block: LineBlock
            var output: RefOutput
            let answered = DispatchSemaphore(value: 0)

            init(block: LineBlock, parser: ReferenceParser, format: Format) {
                self.block = block
                output = RefOutput(parser: parser, format: format)
            }

            /// Answers the block's lines, on a worker.
            func answer() {
                // Moved out while answered: each line written through the property would be a
                // checked access to the object.
                var output = RefOutput(parser: self.output.parser, format: self.output.format)
                swap(&output, &self.output)
                block.forEachLine { output.handle($0) }
                swap(&output, &self.output)
                answered.signal()
            }
        }

        /// Writes the answered blocks in input order, numbering their lines.
        struct Writer {
            private(set) var failed = false
            private var firstLine = 1

            mutating func write(_ slot: Slot) throws {
                slot.answered.wait()
                let lineCount = slot.output.lineCount
                failed = failed || slot.output.failed
                try slot.output.flush(firstLine: firstLine)
                firstLine += lineCount
            }
        }
    }
}
