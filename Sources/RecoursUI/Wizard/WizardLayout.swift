import Foundation
import RecoursCore

/// Where each field of a screen goes, in content rows (before scrolling). Shared by the view
/// (to draw) and the update (to scroll the focused field into view and to size the editors).
struct WizardLayout: Sendable {
    struct Item: Sendable {
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
        return clippedLines(symbol + text + more, width: max(10, width), maxLines: 2).map { ($0, style) }
    }

    func item(_ index: Int) -> Item? { index < items.count ? items[index] : nil }

    /// What the layout is computed from: the fields on screen, the problems shown under them (the issues, the
    /// fields left once, the attachments' names) and the width. `init(state:env:width:)` reads nothing else.
    struct Inputs: Equatable, Sendable {
        let width: Int
        let fields: [FieldSpec]
        let issues: [ValidationIssue]
        let touched: Set<Field>
        let attachments: [Attachment]

        init(_ state: WizardState, width: Int) {
            self.width = width
            fields = state.fields
            issues = state.issues
            touched = state.touched
            attachments = state.dossier.dispute.attachments
        }
    }

    /// The layout of `state`'s fields: the one the update remembered (`WizardState.layoutMemo`) when it was
    /// computed from the same inputs, else a new one. The update computes it to keep the focus in view and the
    /// view to draw, for every key: once now.
    static func of(_ state: WizardState, env: AppEnvironment, width: Int) -> WizardLayout {
        let inputs = Inputs(state, width: width)
        if let known = state.layoutMemo.layout(for: inputs) { return known }
        return WizardLayout(state: state, env: env, width: width)
    }
}

/// The last layout of the wizard's fields and what it was computed from (a cache: two memos are always equal, so
/// that it never makes two states differ, like `ValidationMemo`). Comparing the inputs costs little: arrays and
/// sets that were not changed share their storage, which `==` checks first.
struct LayoutMemo: Equatable, Sendable {
    private var inputs: WizardLayout.Inputs?
    private var layout: WizardLayout?

    func layout(for inputs: WizardLayout.Inputs) -> WizardLayout? {
        self.inputs == inputs ? layout : nil
    }

    /// The layout of `state`, remembered with its inputs.
    mutating func layout(of state: WizardState, env: AppEnvironment, width: Int) -> WizardLayout {
        let inputs = WizardLayout.Inputs(state, width: width)
        if let layout, self.inputs == inputs { return layout }
        let layout = WizardLayout(state: state, env: env, width: width)
        self.inputs = inputs
        self.layout = layout
        return layout
    }

    static func == (_: Self, _: Self) -> Bool { true }
}

/// Problem messages wrapped to a width, remembered: the layout is computed whenever the problems or the screen
/// change, with the same few messages, and wrapping them was most of its cost. `TextWrapper.wrap` is a pure function,
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
