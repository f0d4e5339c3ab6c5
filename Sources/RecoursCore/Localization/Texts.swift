import Foundation

/// Every user-visible text of the interface, looked up by an identifier in the table of the interface language.
/// The tables are resource files, one folder per language (`Resources/strings/fr/*.strings`,
/// `Resources/strings/nl/*.strings`, in the `.strings` format), never Swift source; `TextsTests` checks that every
/// key the program asks for is in every language, with the same placeholders.
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

    /// The folder of the tables inside the resources folder.
    public static let folderName = "strings"

    /// The language of this process's interface, set once at start-up by the command line
    /// (`InterfaceLanguageChoice`) before any text is read; French until then.
    public static var language: DisplayLanguage {
        if let scoped = scopedLanguage { return scoped }
        return processLanguage.value
    }

    /// Sets the interface language of the process (the command line does, after reading `--langue`, the
    /// settings file and the environment).
    public static func use(_ language: DisplayLanguage) { processLanguage.value = language }

    /// A language for the work of one task only (the tests render a Dutch screen while others render French ones
    /// in parallel): `Texts.$scopedLanguage.withValue(.dutch) { … }`.
    @TaskLocal public static var scopedLanguage: DisplayLanguage?

    /// The table of `language`, read from the resources once.
    public static func table(_ language: DisplayLanguage) -> TextTable {
        switch language {
        case .french: TextTable.french
        case .dutch: TextTable.dutch
        }
    }

    /// The table of the interface language.
    public static var current: TextTable { table(language) }

    /// The text of `key`, its `%1$@`, `%2$@`… replaced by `arguments`. A key missing from the language's table is
    /// taken from the French one; a key missing from both shows itself in brackets (never a crash, and easy to
    /// spot). `TextsTests` makes sure none is missing.
    public static func text(_ key: String, _ arguments: String...) -> String {
        current.text(key, arguments)
    }

    /// The singular (`key.one`) or plural (`key.other`) form for `count`, by the language's rule (French: 0 and 1
    /// are singular; Dutch: 1 only).
    public static func plural(_ key: String, count: Int, _ arguments: String...) -> String {
        let table = current
        return table.text(key + (table.language.takesSingular(count) ? ".one" : ".other"), arguments)
    }

    /// Whether the table has `key` (for optional texts: hints).
    public static func has(_ key: String) -> Bool { current.has(key) }

    /// A text of a field: the label falls back to nothing, the screen label to the label, the hint to "".
    ///
    /// A field whose name depends on the dossier's country (the national number: NISS in Belgium, NIR in France)
    /// has its texts for each country, `<key>.belgium` / `<key>.france` (`field.member.nationalNumber.belgium`,
    /// `….screen.belgium`, `….hint.belgium`), taken when `country` is known; the plain key is the neutral text of a
    /// dossier whose country is not chosen yet.
    public static func field(_ field: Field, _ which: FieldText, country: Country? = nil) -> String {
        let table = current
        let base = field.labelKey
        let number = field.attachmentIndex.map { String($0 + 1) } ?? ""
        let suffix = country.map { $0 == .belgium ? ".belgium" : ".france" } ?? ""
        /// The country's text of `key`, else its own, else nil.
        func text(_ key: String) -> String? {
            if !suffix.isEmpty, table.has(key + suffix) { return table.text(key + suffix, [number]) }
            return table.has(key) ? table.text(key, [number]) : nil
        }
        switch which {
        case .label:
            return text(base) ?? table.text(base, [number])
        case .screenLabel:
            // A country's own label comes before the neutral screen label (which names the other country too).
            if !suffix.isEmpty, !table.has(base + ".screen" + suffix), table.has(base + suffix) {
                return table.text(base + suffix, [number])
            }
            return text(base + ".screen") ?? text(base) ?? table.text(base, [number])
        case .hint:
            return text(base + ".hint") ?? ""
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

    /// Every key of the French table, the reference the other languages follow (for the tests).
    public static var allKeys: Set<String> { Set(TextTable.french.texts.keys) }

    /// One process-wide value behind a lock: written once at start-up, read from any thread.
    final class ProcessLanguage: @unchecked Sendable {
        private let lock = NSLock()
        private var stored: DisplayLanguage = .french
        var value: DisplayLanguage {
            get { lock.withLock { stored } }
            set { lock.withLock { stored = newValue } }
        }
    }

    static let processLanguage = ProcessLanguage()
}

/// The texts of one language, read from its folder of `.strings` files (every file of the folder; a key in two
/// files is an error the tests catch). The French table is the fallback of the others.
public struct TextTable: Sendable {
    public let language: DisplayLanguage
    /// Key → text.
    public let texts: [String: String]
    /// The table a missing key is taken from (French for the other languages).
    let fallback: [String: String]

    static let french = TextTable(language: .french, fallback: nil)
    static let dutch = TextTable(language: .dutch, fallback: french)

    init(language: DisplayLanguage, fallback: TextTable?) {
        self.language = language
        let folder = Self.stringsFolder?.appendingPathComponent(language.rawValue)
        texts = folder.map { (try? Self.read(folder: $0).merged) ?? [:] } ?? [:]
        self.fallback = fallback?.texts ?? [:]
    }

    /// `Resources/strings`, looked for once for every language's table.
    static let stringsFolder = ResourceLocator.find(environment: ProcessInfo.processInfo.environment)?
        .appendingPathComponent(Texts.folderName)

    /// The files of a folder, each read on its own (so that the tests can find a key given twice), and all of
    /// them merged.
    public static func read(folder: URL) throws -> (files: [String: [String: String]], merged: [String: String]) {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".strings") }.sorted()
        var files: [String: [String: String]] = [:]
        var merged: [String: String] = [:]
        for name in names {
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            let table = try StringsFile.parse(Array(data))
            files[name] = table
            merged.merge(table) { first, _ in first }
        }
        return (files, merged)
    }

    /// One file of a language's texts (`<part>.strings`), read on its own; empty when it cannot be read.
    static func part(_ name: String, of language: DisplayLanguage) -> [String: String] {
        guard
            let file = stringsFolder?.appendingPathComponent(language.rawValue).appendingPathComponent(
                name + ".strings"), let data = try? Data(contentsOf: file)
        else { return [:] }
        return (try? StringsFile.parse(Array(data))) ?? [:]
    }

    public func has(_ key: String) -> Bool { texts[key] != nil || fallback[key] != nil }

    public func text(_ key: String, _ arguments: [String] = []) -> String {
        Texts.format(texts[key] ?? fallback[key] ?? "[\(key)]", arguments)
    }
}
