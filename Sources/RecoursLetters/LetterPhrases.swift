import Foundation
import RecoursCore

/// The words a letter is built from in one language, read from `templates/<lang>/phrases.json`: the sentences the
/// letters compose (chronology, references, reservations), the model's values as a letter says them, and the
/// language's conventions (dates, amounts, quotes, articles and contractions). The wording lives in these files, not
/// in Swift, so that a language is one more folder; `LetterPhraseTests` checks that every language has every key
/// with the same placeholders.
public struct LetterPhrases: Sendable, Equatable {
    /// "de" + a name ("du Médiateur fédéral", "d'Identités Mutuelle"), "à" + a name, an article before a name: the
    /// first rule whose prefix the text starts with replaces that prefix; else, before a vowel sound (and not after
    /// one of `vowelExceptions`), `beforeVowel` is put in front; else `otherwise`.
    public struct PrefixRule: Codable, Sendable, Equatable {
        public var rules: [[String]]
        public var beforeVowel: String?
        public var vowelExceptions: [String]?
        public var otherwise: String

        public func apply(_ text: String) -> String {
            for rule in rules where rule.count == 2 && text.hasPrefix(rule[0]) {
                return rule[1] + text.dropFirst(rule[0].count)
            }
            if let beforeVowel, Self.startsWithVowelSound(text),
                !(vowelExceptions ?? []).contains(where: { text.hasPrefix($0) })
            {
                return beforeVowel + text
            }
            return otherwise + text
        }

        static func startsWithVowelSound(_ text: String) -> Bool {
            guard let first = text.first else { return false }
            let folded = String(first).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            return "aeiouyh".contains(folded)
        }
    }

    struct File: Codable, Sendable, Equatable {
        var months: [String]
        /// Day, month name, year.
        var date: String
        /// How the first of the month is written, when not as a number ("1er").
        var firstDay: String?
        /// The amount in figures ("486,40") into its pattern ("%1$@ €", "€ %1$@").
        var amount: String
        var decimalSeparator: String
        var groupingSeparator: String
        /// Numbers written in words in delays of months and years ("deux mois", "drie maanden").
        var numbers: [String]
        var quote: String
        /// The marks of a quotation inside a quotation, opening then closing ("“", "”" in French): a typed text
        /// that quotes takes them, so that marks are never nested in the same pair (« … « … » »).
        var innerQuote: [String]
        var of: PrefixRule
        var to: PrefixRule
        /// The article before an organism's name in this language (French takes the catalog's own article).
        var article: PrefixRule
        /// The article before a court's name ("le tribunal judiciaire", "la justice de paix").
        var courtArticle: PrefixRule
        /// French puts the court's name in lower case after an article or "Greffe du".
        var lowercaseCourtName: Bool
        /// Whether the sender's block starts with "Madame" / "Monsieur".
        var civilityInSender: Bool
        /// The words that open an address line and take a lower case inside a sentence ("domiciliée rue de
        /// l'Église 12, boîte 3"): French only; absent elsewhere.
        var streetTypes: [String]?
        var phrases: [String: String]
    }

    public let language: LetterLanguage
    let file: File

    /// Reads `phrases.json`, with the keys of `override` (the user's own file) replacing the shipped ones.
    /// The shipped phrases with the user's own (already read) laid over them.
    init(language: LetterLanguage, shipped: URL, ownPhrases: [String: String]) throws(LetterError) {
        var file = try Self.read(shipped)
        file.phrases.merge(ownPhrases) { _, user in user }
        self.language = language
        self.file = file
    }

    static func read(_ url: URL) throws(LetterError) -> File {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw .templateMissing(name: url.lastPathComponent, searched: [url.deletingLastPathComponent().path])
        }
        do {
            return try JSONDecoder().decode(File.self, from: data)
        } catch {
            throw .templateInvalid(path: url.path, reason: String(describing: error))
        }
    }

    /// A user's file only needs the phrases it changes: `{"phrases": {"key": "text"}}`.
    static func readPhrasesOnly(_ url: URL) throws(LetterError) -> [String: String] {
        struct Partial: Decodable { var phrases: [String: String]? }
        do {
            let data = try Data(contentsOf: url)
            return try JSONDecoder().decode(Partial.self, from: data).phrases ?? [:]
        } catch {
            throw .templateInvalid(path: url.path, reason: String(describing: error))
        }
    }

    /// Every key of the language (for the tests).
    public var keys: Set<String> { Set(file.phrases.keys) }

    /// The phrase of `key` with its `%1$@`… replaced; a missing key shows itself in brackets, never a crash.
    public func text(_ key: String, _ arguments: String...) -> String {
        Texts.format(file.phrases[key] ?? "[\(key)]", arguments)
    }

    func raw(_ key: String) -> String? { file.phrases[key] }

    // MARK: Conventions

    /// "3 mars 2026", "1er mars 2026"; "3 maart 2026"; "3. März 2026".
    public func long(_ date: CalendarDate) -> String {
        let day = date.day == 1 ? (file.firstDay ?? "1") : String(date.day)
        return Texts.format(file.date, [day, file.months[date.month - 1], String(date.year)])
    }

    /// "486,40 €", "1 250,00 €"; "€ 486,40", "€ 1.250,00": always with the cents, whatever was typed ("180" gives
    /// "180,00 €"), so that a letter never writes "180 €" beside an amount written "180,00 €".
    public func amount(cents: Int) -> String {
        let units = cents / 100
        let fraction = cents % 100
        var digits = String(units)
        var grouped = ""
        while digits.count > 3 {
            grouped = file.groupingSeparator + digits.suffix(3) + grouped
            digits = String(digits.dropLast(3))
        }
        grouped = digits + grouped
        // Always with its cents, like the amounts people type and read on their statements ("450,00 €").
        let figures = "\(grouped)\(file.decimalSeparator)\(fraction < 10 ? "0" : "")\(fraction)"
        return Texts.format(file.amount, [figures])
    }

    /// A typed text quoted in the language's quotation marks, without a final full stop inside.
    public func quoted(_ text: String) -> String {
        var t = text.trimmed
        while let last = t.last, last == "." || last == " " { t.removeLast() }
        return Texts.format(file.quote, [innerQuotes(t)])
    }

    /// The quotation marks a text typed inside a quotation uses: every double quotation mark (straight, curly,
    /// low or guillemets) becomes the language's inner one — « and „ opening, » closing, the others opening where a
    /// quotation opens (at the start, after a space or an opening bracket) and closing elsewhere; the spaces French
    /// puts inside « » go with them.
    func innerQuotes(_ text: String) -> String {
        guard file.innerQuote.count == 2 else { return text }
        let (open, close) = (file.innerQuote[0], file.innerQuote[1])
        // Written as scalars: « » „ “ ” (the sources hold no text a user reads).
        let (guillemetOpen, guillemetClose, lowOpen): (Character, Character, Character) = (
            "\u{AB}", "\u{BB}", "\u{201E}"
        )
        let marks: Set<Character> = ["\"", "\u{201C}", "\u{201D}", lowOpen, guillemetOpen, guillemetClose]
        let spaces: Set<Character> = [" ", "\u{00A0}", "\u{202F}"]
        var result = ""
        var previous: Character?
        var skippingSpaces = false
        for character in text {
            if skippingSpaces, spaces.contains(character) { continue }
            skippingSpaces = false
            if marks.contains(character) {
                // Guillemets and the low mark say their direction; curly and straight ones are read from their
                // place (German closes with the mark English opens with).
                let opens =
                    character == guillemetOpen || character == lowOpen
                    || (character != guillemetClose && (previous.map { $0.isWhitespace || "([{".contains($0) } ?? true))
                if opens {
                    result += open
                    skippingSpaces = character == guillemetOpen
                } else {
                    if character == guillemetClose {
                        while let last = result.last, spaces.contains(last) { result.removeLast() }
                    }
                    result += close
                }
            } else {
                result.append(character)
            }
            previous = character
        }
        return result
    }

    public func of(_ phrase: String) -> String { file.of.apply(phrase) }
    public func to(_ phrase: String) -> String { file.to.apply(phrase) }

    /// A court's name after an article: "le tribunal judiciaire", "de arbeidsrechtbank".
    public func courtWithArticle(_ name: String) -> String {
        file.courtArticle.apply(courtName(name))
    }

    /// The court's name as running text writes it (French: "tribunal du travail…").
    public func courtName(_ name: String) -> String {
        guard file.lowercaseCourtName, let first = name.first else { return name }
        return first.lowercased() + name.dropFirst()
    }

    var civilityInSender: Bool { file.civilityInSender }

    /// An address line as a sentence writes it: its street type in lower case where the language says so ("Rue
    /// de l'Église 12" → "rue de l'Église 12"); the line as typed otherwise.
    public func inSentence(_ line: String) -> String {
        guard let types = file.streetTypes, let space = line.firstIndex(of: " ") else { return line }
        let first = line[..<space]
        guard types.contains(first.lowercased()), first.first?.isUppercase == true else { return line }
        return first.lowercased() + line[space...]
    }

    /// An organism in running text: French keeps the catalog's article and short name ("la CAAMI"); another
    /// language takes the organism's name in that language and the language's own article rule ("de federale
    /// Ombudsman").
    public func runningName(_ organism: Organism) -> String {
        language == .french ? organism.runningName : file.article.apply(organism.name(in: language))
    }

    // MARK: The model's values as a letter says them

    /// "deux mois", "30 jours calendaires"; "drie maanden", "30 kalenderdagen": months and years in words, days in
    /// figures, as administrative letters write them. French counts 0 and 1 as singular, Dutch and German 1 only.
    public func delay(_ delay: Delay) -> String {
        let singular = language == .french ? delay.amount <= 1 : delay.amount == 1
        let inWords = delay.unit == .months || delay.unit == .years
        let number =
            inWords && file.numbers.indices.contains(delay.amount) ? file.numbers[delay.amount] : String(delay.amount)
        return text("delay.\(delay.unit.rawValue).\(singular ? "one" : "other")", number)
    }

    public func subject(_ subject: DisputeSubject) -> String { text("subject.\(subject.rawValue)") }
    public func subjectWithArticle(_ subject: DisputeSubject) -> String {
        text("subject.\(subject.rawValue).withArticle")
    }
    public func channel(_ channel: ContactChannel) -> String { text("channel.\(channel.rawValue)") }
    public func mode(_ mode: SendingMode) -> String { text("mode.\(mode.rawValue)") }

    /// "Madame", "Monsieur", "Mevrouw", "De heer", nothing when not stated.
    public func civility(_ civility: Civility) -> String {
        switch civility {
        case .none: ""
        case .madame: text("civility.madame")
        case .monsieur: text("civility.monsieur")
        }
    }

    /// The keys built from the model's cases, which `text` is asked for by interpolation.
    public static let modelKeys: [String] =
        DisputeSubject.allCases.flatMap { ["subject.\($0.rawValue)", "subject.\($0.rawValue).withArticle"] }
        + ContactChannel.allCases.map { "channel.\($0.rawValue)" }
        + SendingMode.allCases.map { "mode.\($0.rawValue)" }
        + DelayUnit.allCases.flatMap { ["delay.\($0.rawValue).one", "delay.\($0.rawValue).other"] }
        + ["civility.madame", "civility.monsieur"]
}
