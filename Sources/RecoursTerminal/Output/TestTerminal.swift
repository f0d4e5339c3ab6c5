import RecoursCore
import RecoursUI

/// A terminal in memory, as ratatui's `TestBackend`: it applies what it is asked to its own grid of cells the way
/// a real terminal does (writing over half of a double-width character blanks its other half), records every
/// request, and prints its grid, so that the output path runs in unit tests.
final class TestTerminal: TerminalOutput {
    enum Request: Equatable {
        case clear
        case put(x: Int, y: Int, text: String)
        case cursor(ScreenDiff.Cursor)
        case flush
    }

    let width: Int
    let height: Int
    private(set) var cells: [Cell]
    private(set) var cursor: ScreenDiff.Cursor = .hidden
    /// Every request, in order (`clearRequests()` empties it).
    private(set) var requests: [Request] = []
    /// Cells written since the start, continuation cells not counted.
    private(set) var cellsWritten = 0

    /// A terminal showing garbage, as one does before the program's first frame.
    init(width: Int, height: Int, filler: Character = "?") {
        self.width = width
        self.height = height
        cells = Array(repeating: Self.cell(filler, .error), count: width * height)
    }

    subscript(x: Int, y: Int) -> Cell { cells[y * width + x] }

    func clear() {
        requests.append(.clear)
        cells = Array(repeating: .blank, count: width * height)
    }

    func put(_ run: ScreenDiff.Run) {
        requests.append(.put(x: run.x, y: run.y, text: run.text))
        guard run.y >= 0, run.y < height else { return }
        for (offset, cell) in run.cells.enumerated() where !cell.isContinuation {
            write(cell, x: run.x + offset, y: run.y)
        }
    }

    func setCursor(_ cursor: ScreenDiff.Cursor) {
        requests.append(.cursor(cursor))
        self.cursor = cursor
    }

    func flush() { requests.append(.flush) }

    func clearRequests() { requests = [] }

    /// One character at a cell, as a terminal draws it.
    private func write(_ cell: Cell, x: Int, y: Int) {
        guard x >= 0, x < width else { return }
        let row = y * width
        let wide = DisplayWidth.of(cell.character) == 2 && x + 1 < width
        // A double-width character the new one overwrites half of is blanked: its left half when the cell was
        // a right half, its right half when the cell after the new character is one.
        if cells[row + x].isContinuation, x > 0 { cells[row + x - 1] = .blank }
        let after = x + (wide ? 2 : 1)
        if after < width, cells[row + after].isContinuation { cells[row + after] = .blank }
        cells[row + x] = Self.cell(cell.character, cell.style)
        cellsWritten += 1
        if wide { cells[row + x + 1] = Self.cell(" ", cell.style, continuation: true) }
    }

    private static func cell(_ character: Character, _ style: Style, continuation: Bool = false) -> Cell {
        Cell(character: character, style: style, isContinuation: continuation)
    }

    /// True when the terminal shows exactly this frame (as a terminal can: `displayedCells`), its cursor included.
    func shows(_ buffer: ScreenBuffer) -> Bool {
        guard buffer.width == width, buffer.height == height else { return false }
        let expected: ScreenDiff.Cursor = buffer.cursor.map { .at(x: $0.x, y: $0.y) } ?? .hidden
        return cells == buffer.displayedCells && cursor == expected
    }

    /// The rows as text (continuation cells omitted, trailing spaces kept).
    var lines: [String] {
        (0..<height).map { y in String((0..<width).filter { !self[$0, y].isContinuation }.map { self[$0, y].character })
        }
    }

    /// The style letters of a row (`Style.code`).
    func styleLine(_ y: Int) -> String {
        String((0..<width).filter { !self[$0, y].isContinuation }.map { self[$0, y].style.code })
    }
}
