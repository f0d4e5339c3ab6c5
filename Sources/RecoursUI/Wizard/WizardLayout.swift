import Foundation
import RecoursCore

/// Where each field of a screen goes, in content rows (before scrolling). Shared by the view
/// (to draw) and the update (to scroll the focused field into view and to size the editors).
struct WizardLayout {
    struct Item {
        let spec: FieldSpec
        let index: Int
        let top: Int
        let height: Int
        /// Row (relative to top) and column where the input starts, and its width in columns.
        let inputRow: Int
        let inputX: Int
        let inputWidth: Int
        let inputHeight: Int
        let messages: [(text: String, style: Style)]
        let messageRow: Int
    }

    let items: [Item]
    let contentHeight: Int
    let labelWidth: Int

    static let minimumWidth = 60
    /// Problems are written under the field, from this column, on at most two lines.
    static let messageX = 4
    static let minimumHeight = 16

    /// Rows used above and below the content: header, progress, screen title; status, keys.
    static let chromeTop = 3
    static let chromeBottom = 2

    static func contentRows(height: Int) -> Int { max(1, height - chromeTop - chromeBottom) }

    static func labelWidth(for width: Int) -> Int { min(30, max(16, width / 3)) }

    static func inputWidth(for spec: FieldSpec, width: Int) -> Int {
        let labelWidth = labelWidth(for: width)
        switch spec.kind {
        case .date: return 12
        case .multilineText, .attachmentList: return max(10, width - 6)
        case .text, .choice: return max(10, width - labelWidth - 5)
        }
    }

    init(state: WizardState, env: AppEnvironment, width: Int) {
        let labelWidth = Self.labelWidth(for: width)
        self.labelWidth = labelWidth
        var items: [Item] = []
        var row = 0
        for (index, spec) in state.fields.enumerated() {
            let messages = Self.messages(for: spec, state: state, width: width - Self.messageX - 1)
            var height: Int
            var inputRow = 0
            var inputX = 2 + labelWidth + 1
            var inputHeight = 1
            let inputWidth = Self.inputWidth(for: spec, width: width)
            switch spec.kind {
            case .text, .date, .choice:
                height = 1
            case .multilineText:
                inputRow = 1
                inputX = 4
                inputHeight = spec.lines
                height = 1 + spec.lines
            case .attachmentList:
                inputRow = 1
                inputX = 4
                inputHeight = state.dossier.dispute.attachments.count + 1
                height = 1 + inputHeight
            }
            let messageRow = height
            height += messages.count
            items.append(
                Item(
                    spec: spec, index: index, top: row, height: height, inputRow: inputRow, inputX: inputX,
                    inputWidth: inputWidth, inputHeight: inputHeight, messages: messages, messageRow: messageRow))
            row += height + (spec.isMultiline || spec.kind == .attachmentList ? 1 : 0)
        }
        self.items = items
        self.contentHeight = row
    }

    /// The problems shown under a field, wrapped, at most two lines each, errors first.
    static func messages(for spec: FieldSpec, state: WizardState, width: Int) -> [(text: String, style: Style)] {
        let issues = state.shownIssues(for: spec)
        guard let first = issues.first else { return [] }
        let symbol = first.severity == .error ? "✗ " : "! "
        let style: Style = first.severity == .error ? .error : .warning
        let more = issues.count > 1 ? " (+\(issues.count - 1))" : ""
        // A problem of one attachment says which one.
        let text =
            first.field.attachmentIndex.map {
                Texts.text("wizard.attachment.issue", attachmentName($0, dossier: state.dossier), first.message)
            } ?? first.message
        let wrapped = WrappedMessages.shared.lines(symbol + text + more, width: max(10, width))
        var lines = Array(wrapped.prefix(2))
        if wrapped.count > 2, var last = lines.popLast() {
            while DisplayWidth.of(last) > width - 1, !last.isEmpty { last.removeLast() }
            lines.append(last + "…")
        }
        return lines.map { ($0, style) }
    }

    func item(_ index: Int) -> Item? { index < items.count ? items[index] : nil }
}

/// Problem messages wrapped to a width, remembered: the layout is computed twice per key (to scroll, to draw)
/// with the same few messages, and wrapping them was most of its cost. `TextWrapper.wrap` is a pure function,
/// so remembering its results changes nothing else.
final class WrappedMessages: @unchecked Sendable {
    static let shared = WrappedMessages()

    /// The text's bytes, not the `String`: hashing or comparing a `String` normalizes it first, which for French
    /// text costs more than the wrap saved.
    private struct Key: Hashable {
        let bytes: [UInt8]
        let width: Int
    }

    private let lock = NSLock()
    private var known: [Key: [String]] = [:]

    func lines(_ text: String, width: Int) -> [String] {
        let key = Key(bytes: Array(text.utf8), width: width)
        lock.lock()
        let hit = known[key]
        lock.unlock()
        if let hit { return hit }
        let lines = TextWrapper.wrap(text, width: width).split(separator: "\n").map { String($0) }
        lock.lock()
        if known.count >= 256 { known.removeAll(keepingCapacity: true) }
        known[key] = lines
        lock.unlock()
        return lines
    }
}
