// TEMPORARY: minimal stand-in until Editing/TextEditor.swift lands. Delete then.
import RecoursCore

public enum EditAction: Equatable, Sendable {
    case insert(String)
    case backspace, deleteForward
    case left, right, wordLeft, wordRight
    case home, end
    case killToStart, killToEnd
    case newline
    case up, down
    case pageUp(lines: Int), pageDown(lines: Int)
    case documentStart, documentEnd
}

public struct VisualLine: Equatable, Sendable {
    public let start: Int
    public let end: Int
    public let text: String
}

public struct TextEditor: Equatable, Sendable {
    var chars: [Character]
    public private(set) var cursor: Int = 0
    public var width: Int
    public let multiline: Bool
    struct Snap: Equatable, Sendable { var c: [Character]; var p: Int }
    var undoStack: [Snap] = []
    var scrollRow = 0
    public init(text: String, multiline: Bool, width: Int) {
        chars = Array(text)
        self.multiline = multiline
        self.width = width
    }
    public var text: String { String(chars) }
    @discardableResult public mutating func apply(_ action: EditAction) -> Bool {
        switch action {
        case .insert(let s):
            undoStack.append(Snap(c: chars, p: cursor))
            let clean = Array(s.withoutControlCharacters)
            chars.insert(contentsOf: clean, at: cursor); cursor += clean.count; return !clean.isEmpty
        case .backspace:
            guard cursor > 0 else { return false }
            undoStack.append(Snap(c: chars, p: cursor)); chars.remove(at: cursor - 1); cursor -= 1; return true
        case .deleteForward:
            guard cursor < chars.count else { return false }
            undoStack.append(Snap(c: chars, p: cursor)); chars.remove(at: cursor); return true
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(chars.count, cursor + 1)
        case .home, .documentStart: cursor = 0
        case .end, .documentEnd: cursor = chars.count
        case .newline:
            guard multiline else { return false }
            undoStack.append(Snap(c: chars, p: cursor)); chars.insert("\n", at: cursor); cursor += 1; return true
        default: break
        }
        return false
    }
    @discardableResult public mutating func undo() -> Bool {
        guard let s = undoStack.popLast() else { return false }
        chars = s.c; cursor = s.p; return true
    }
    public func visualLines() -> [VisualLine] {
        var lines: [VisualLine] = []
        var start = 0
        for (i, ch) in chars.enumerated() where ch == "\n" {
            lines.append(VisualLine(start: start, end: i, text: String(chars[start..<i]))); start = i + 1
        }
        lines.append(VisualLine(start: start, end: chars.count, text: String(chars[start...])))
        return lines
    }
    public func cursorLocation() -> (row: Int, column: Int) {
        for (row, line) in visualLines().enumerated() where cursor >= line.start && cursor <= line.end {
            return (row, DisplayWidth.of(String(chars[line.start..<cursor])))
        }
        return (0, 0)
    }
    public func visibleSingleLine() -> (text: String, cursorColumn: Int) {
        (String(chars), DisplayWidth.of(String(chars[..<cursor])))
    }
    public mutating func scrollToCursor(height: Int) -> Int {
        let row = cursorLocation().row
        if row < scrollRow { scrollRow = row }
        if row >= scrollRow + height { scrollRow = row - height + 1 }
        return scrollRow
    }
}
