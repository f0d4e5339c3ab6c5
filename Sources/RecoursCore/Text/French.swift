import Foundation

/// Small rules of French grammar that the French interface texts need when they name an organism (the letters take
/// theirs from their language's phrases.json: `of`, `to`, `quote`).
public enum French {
    /// "de" + phrase with contraction and elision: "du Médiateur fédéral", "de la CAAMI", "d'Identités Mutuelle".
    public static func de(_ phrase: String) -> String {
        if phrase.hasPrefix("le ") { return "du " + phrase.dropFirst(3) }
        if phrase.hasPrefix("les ") { return "des " + phrase.dropFirst(4) }
        if startsWithVowelSound(phrase) && !phrase.hasPrefix("l'") && !phrase.hasPrefix("l’") { return "d'" + phrase }
        return "de " + phrase
    }

    /// "à" + phrase with contraction: "au Médiateur fédéral", "à la CAAMI", "à Partenamut".
    public static func a(_ phrase: String) -> String {
        if phrase.hasPrefix("le ") { return "au " + phrase.dropFirst(3) }
        if phrase.hasPrefix("les ") { return "aux " + phrase.dropFirst(4) }
        return "à " + phrase
    }

    public static func capitalizedFirst(_ phrase: String) -> String {
        guard let first = phrase.first else { return phrase }
        return first.uppercased() + phrase.dropFirst()
    }

    /// A text quoted with French guillemets, without a final full stop inside (the sentence adds its own).
    public static func quoted(_ text: String) -> String { quoted(text, open: "« ", close: " »") }

    /// A text between `open` and `close`, without a final full stop inside.
    static func quoted(_ text: String, open: String, close: String) -> String {
        var t = text.trimmed
        while let last = t.last, last == "." || last == " " { t.removeLast() }
        return open + t + close
    }

    static func startsWithVowelSound(_ phrase: String) -> Bool {
        guard let first = phrase.first else { return false }
        let folded = String(first).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        return "aeiouyh".contains(folded)
    }
}

/// The small grammar the interface texts need around an organism's name, in the interface language. French
/// contracts and elides ("du Médiateur fédéral", "d'Identités Mutuelle", "au Médiateur"), so its texts leave the
/// preposition to these functions ("Attendre la réponse %1$@"); a Dutch text carries its own ("het antwoord van
/// %1$@"), so the Dutch functions give the name as it is.
public enum InterfaceGrammar {
    /// French "de" + phrase; the phrase itself in Dutch.
    public static func of(_ phrase: String) -> String {
        Texts.language == .french ? French.de(phrase) : phrase
    }

    /// French "à" + phrase; the phrase itself in Dutch.
    public static func to(_ phrase: String) -> String {
        Texts.language == .french ? French.a(phrase) : phrase
    }

    /// In Dutch, "de" before a service's name that is a common noun ("de Dienst Klachtenbeheer …", "de Nationale
    /// CM-ombudsman"), as the Dutch letters' article rule does; a proper name ("Partenamut") and French stay as they are.
    public static func withArticle(_ name: String) -> String {
        guard Texts.language == .dutch else { return name }
        let first = name.prefix { $0 != " " && $0 != "-" }
        return dutchArticleNouns.contains(String(first)) ? "de " + name : name
    }

    static let dutchArticleNouns: Set<String> = [
        "Dienst", "Nationale", "Federale", "Ombudsdienst", "Ombudsman", "Klachtendienst", "Klachtenbemiddelaar",
        "Controledienst",
    ]

    /// A quotation: « » in French, “ ” in Dutch.
    public static func quoted(_ text: String) -> String {
        Texts.language == .french ? French.quoted(text) : French.quoted(text, open: "\u{201C}", close: "\u{201D}")
    }
}
