import RecoursCore

/// What a terminal must be told to go from showing one `ScreenBuffer` to showing the next: a pure function of the
/// two frames, so that the terminal layer only writes it out (and tests check it without a terminal).
public struct ScreenDiff: Equatable, Sendable {
    /// Cells to draw from column `x` of row `y`, one per column: a double-width character is followed by its
    /// continuation cell, which is not drawn itself. A run never starts on a continuation cell nor splits a
    /// double-width character from its continuation.
    public struct Run: Equatable, Sendable {
        public var x: Int
        public var y: Int
        public var cells: [Cell]

        public init(x: Int, y: Int, cells: [Cell]) {
            self.x = x
            self.y = y
            self.cells = cells
        }

        /// The characters of the run, continuation cells left out (for tests and logs).
        public var text: String { String(cells.filter { !$0.isContinuation }.map(\.character)) }
    }

    /// Where the cursor goes once the runs are drawn.
    public enum Cursor: Equatable, Sendable {
        case hidden
        case at(x: Int, y: Int)
    }

    /// The whole screen is erased (to blank cells of the normal style) before the runs are drawn: there was no
    /// previous frame, or its size differs.
    public var clearsScreen: Bool
    /// The changed cells, row by row, left to right.
    public var runs: [Run]
    /// The cursor to set after the runs, nil when nothing needs it (nothing drawn, cursor unchanged).
    public var cursor: Cursor?

    public init(clearsScreen: Bool, runs: [Run], cursor: Cursor?) {
        self.clearsScreen = clearsScreen
        self.runs = runs
        self.cursor = cursor
    }

    /// Nothing to write: the terminal already shows the frame.
    public var isEmpty: Bool { !clearsScreen && runs.isEmpty && cursor == nil }

    /// The changes that turn a terminal showing `previous` (nil: unknown, as at start or after a resize)
    /// into one showing `next`.
    public init(from previous: ScreenBuffer?, to next: ScreenBuffer) {
        let sameSize = previous.map { $0.width == next.width && $0.height == next.height } ?? false
        clearsScreen = !sameSize
        // After a clear the terminal shows blank cells: only what differs from them is drawn.
        let before = sameSize ? previous!.displayedCells : Array(repeating: .blank, count: next.cells.count)
        let after = next.displayedCells
        runs = []
        let width = next.width
        for y in 0..<next.height {
            let row = y * width
            var x = 0
            while x < width {
                guard before[row + x] != after[row + x] else {
                    x += 1
                    continue
                }
                var start = x
                var end = x + 1  // exclusive
                while end < width, before[row + end] != after[row + end] { end += 1 }
                // Widen the run to whole double-width characters, in the new frame (a run starts on a character,
                // not on its right half) and in the old one (writing over half of a wide character the terminal
                // shows blanks its other half, which must then be drawn again).
                while start > 0, after[row + start].isContinuation || before[row + start].isContinuation { start -= 1 }
                while end < width, after[row + end].isContinuation || before[row + end].isContinuation { end += 1 }
                let cells = Array(after[(row + start)..<(row + end)])
                if let last = runs.last, last.y == y, last.x + last.cells.count >= start {
                    // Widening reached the previous run: one run.
                    let overlap = last.x + last.cells.count - start
                    runs[runs.count - 1].cells += cells.dropFirst(overlap)
                } else {
                    runs.append(Run(x: start, y: y, cells: cells))
                }
                x = end
            }
        }
        let nextCursor: Cursor = next.cursor.map { .at(x: $0.x, y: $0.y) } ?? .hidden
        let previousCursor: Cursor? = sameSize ? (previous!.cursor.map { .at(x: $0.x, y: $0.y) } ?? .hidden) : nil
        // Drawing moves the terminal's cursor: it is placed again after any run.
        cursor = clearsScreen || !runs.isEmpty || previousCursor != nextCursor ? nextCursor : nil
    }
}

extension ScreenBuffer {
    /// The cells as a terminal can show them. `fill` over half of a double-width character leaves a right half
    /// without its character, or a double-width character without room for its right half: a terminal shows
    /// a blank there (of the cell's style), and so does this. Otherwise the cells themselves.
    public var displayedCells: [Cell] {
        // Without any double-width character there is no half of one: the cells as they are (most frames).
        guard hasWideCharacters else { return cells }
        var result = cells
        for y in 0..<height {
            let row = y * width
            for x in 0..<width {
                let cell = cells[row + x]
                let broken: Bool
                if cell.isContinuation {
                    broken = x == 0 || cells[row + x - 1].isContinuation || cells[row + x - 1].width != 2
                } else if cell.width == 2 {
                    broken = x + 1 >= width || !cells[row + x + 1].isContinuation
                } else {
                    broken = false
                }
                if broken {
                    var blank = Cell.blank
                    blank.style = cell.style
                    result[row + x] = blank
                }
            }
        }
        return result
    }
}
