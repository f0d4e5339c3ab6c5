import Foundation

/// Every user-visible text of the interface, looked up by an identifier in the table of the interface language
/// (French for now: `FrenchTexts.table`). A language is one table with the same keys; the tests check that every
/// key the program asks for is in it.
public enum Texts {
    /// Which text of a field.
    public enum FieldText: String, Sendable {
        /// Where the field stands alone: the review list, `recours check`.
        case label
        /// Beside the field on its screen (falls back to `label`).
        case screenLabel = "screen"
        /// One line of help at the bottom of the screen while the field has the focus (may be missing).
        case hint
    }

    /// The text of `key`, its `%1$@`, `%2$@`… replaced by `arguments`. A missing key shows itself in brackets
    /// (never a crash, and easy to spot); `TextsTests` makes sure none is missing.
    public static func text(_ key: String, _ arguments: String...) -> String {
        format(FrenchTexts.table[key] ?? "[\(key)]", arguments)
    }

    /// Whether the table has `key` (for optional texts: hints).
    public static func has(_ key: String) -> Bool { FrenchTexts.table[key] != nil }

    /// A text of a field: the label falls back to nothing, the screen label to the label, the hint to "".
    public static func field(_ field: Field, _ which: FieldText) -> String {
        let base = field.labelKey
        let number = field.attachmentIndex.map { String($0 + 1) } ?? ""
        switch which {
        case .label:
            return text(base, number)
        case .screenLabel:
            return has(base + ".screen") ? text(base + ".screen", number) : text(base, number)
        case .hint:
            return has(base + ".hint") ? text(base + ".hint", number) : ""
        }
    }

    /// Replaces `%1$@`… `%9$@` by the arguments (Foundation's `String(format:)` would also read `%d`, `%s` in a
    /// translated text as C formats; these tables only ever need positional strings). One pass over the template:
    /// an argument is never read again, so a value the user typed that contains `%2$@` stays as typed.
    ///
    /// Read as UTF-8 bytes: the validator builds every message of a dossier at every key, and walking the
    /// template's `Character`s (or Foundation's `contains`) was a fifth of the time of a key.
    public static func format(_ template: String, _ arguments: [String]) -> String {
        guard !arguments.isEmpty else { return template }
        let bytes = Array(template.utf8)
        let percent = UInt8(ascii: "%")
        guard bytes.contains(percent) else { return template }
        var result = ""
        result.reserveCapacity(bytes.count + arguments.reduce(0) { $0 + $1.utf8.count })
        var copiedUpTo = 0
        var i = 0
        while i + 3 < bytes.count {
            if bytes[i] == percent, bytes[i + 2] == UInt8(ascii: "$"), bytes[i + 3] == UInt8(ascii: "@"),
                (UInt8(ascii: "1")...UInt8(ascii: "9")).contains(bytes[i + 1]),
                Int(bytes[i + 1] - UInt8(ascii: "0")) <= arguments.count
            {
                result += String(decoding: bytes[copiedUpTo..<i], as: UTF8.self)
                result += arguments[Int(bytes[i + 1] - UInt8(ascii: "1"))]
                i += 4
                copiedUpTo = i
            } else {
                i += 1
            }
        }
        result += String(decoding: bytes[copiedUpTo...], as: UTF8.self)
        return result
    }

    /// Every key of the table (for the tests).
    public static var allKeys: Set<String> { Set(FrenchTexts.table.keys) }
}
