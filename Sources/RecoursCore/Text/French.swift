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
    public static func quoted(_ text: String) -> String {
        var t = text.trimmed
        while let last = t.last, last == "." || last == " " { t.removeLast() }
        return "« \(t) »"
    }

    static func startsWithVowelSound(_ phrase: String) -> Bool {
        guard let first = phrase.first else { return false }
        let folded = String(first).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        return "aeiouyh".contains(folded)
    }
}
