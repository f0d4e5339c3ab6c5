/// Wraps plain text to a number of columns, between words, keeping the indentation of list items.
public enum TextWrapper {
    /// Each line longer than `width` columns is broken between words; a continuation line is indented
    /// like the text after the line's own indentation and list marker ("1. ", "- ", "• ").
    /// A word longer than a whole line is cut, so that no line is ever wider than `width`.
    public static func wrap(_ text: String, width: Int) -> String {
        precondition(width >= 10, "a wrap width under 10 columns makes no sense")
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .flatMap { wrapLine(String($0), width: width) }
            .joined(separator: "\n")
    }

    public static func wrapLine(_ line: String, width: Int) -> [String] {
        if DisplayWidth.of(line) <= width { return [line] }
        let hanging = hangingIndent(of: line, width: width)
        var lines: [String] = []
        var current = ""
        var currentWidth = 0
        var isFirst = true
        let leading = String(line.prefix { $0 == " " })
        let words = gluedWords(line.dropFirst(leading.count).split(separator: " ", omittingEmptySubsequences: true))
        func startLine() {
            current = isFirst ? leading : String(repeating: " ", count: hanging)
            currentWidth = DisplayWidth.of(current)
        }
        startLine()
        var lineHasWord = false
        for wordSub in words {
            var word = String(wordSub)
            var wordWidth = DisplayWidth.of(word)
            let needed = wordWidth + (lineHasWord ? 1 : 0)
            if currentWidth + needed <= width {
                current += (lineHasWord ? " " : "") + word
                currentWidth += needed
                lineHasWord = true
                continue
            }
            if lineHasWord {
                lines.append(current)
                isFirst = false
                startLine()
                lineHasWord = false
            }
            // A word wider than a whole line is cut into pieces.
            while currentWidth + wordWidth > width {
                var piece = ""
                var pieceWidth = 0
                var rest = Substring(word)
                while let ch = rest.first, currentWidth + pieceWidth + DisplayWidth.of(ch) <= width {
                    piece.append(ch)
                    pieceWidth += DisplayWidth.of(ch)
                    rest = rest.dropFirst()
                }
                if piece.isEmpty {  // not even one character fits after the indent
                    piece = String(rest.first!)
                    rest = rest.dropFirst()
                }
                lines.append(current + piece)
                isFirst = false
                startLine()
                word = String(rest)
                wordWidth = DisplayWidth.of(word)
            }
            if !word.isEmpty {
                current += word
                currentWidth += wordWidth
                lineHasWord = true
            }
        }
        if lineHasWord || lines.isEmpty { lines.append(current) }
        return lines.map { $0.trailingSpacesRemoved }
    }

    /// French typography keeps some words on one line: "référence :", "« texte »", "8 septembre",
    /// "1 250 €", "n° 12". Such groups are wrapped as one word.
    static func gluedWords(_ words: [Substring]) -> [Substring] {
        var result: [String] = []
        for word in words {
            if let last = result.last, shouldGlue(last, word) {
                result[result.count - 1] = last + " " + word
            } else {
                result.append(String(word))
            }
        }
        return result.map { Substring($0) }
    }

    static let tightBefore: Set<String> = [":", ";", "!", "?", "»", "€", "%"]
    static let months: Set<String> = Set(FrenchDateFormat.monthNames)

    static func shouldGlue(_ previous: String, _ next: Substring) -> Bool {
        if tightBefore.contains(String(next)) { return true }
        let lastWord = previous.split(separator: " ").last.map(String.init) ?? previous
        if lastWord == "«" || lastWord.lowercased() == "n°" { return true }
        let isNumber = !lastWord.isEmpty && lastWord.allSatisfy { $0.isASCII && $0.isNumber }
            || lastWord == "1er"
        if isNumber {
            let stripped = next.trimmingCharacters(in: .punctuationCharacters)
            if months.contains(stripped) { return true }
            if lastWord.count <= 3, next.count >= 3, next.prefix(3).allSatisfy({ $0.isASCII && $0.isNumber }),
                next.dropFirst(3).allSatisfy({ !($0.isASCII && $0.isNumber) })
            {
                return true  // "1 250", "12 345,60"
            }
        }
        return false
    }

    /// Width of the indentation plus a list marker, capped so that text still fits.
    static func hangingIndent(of line: String, width: Int) -> Int {
        let spaces = line.prefix { $0 == " " }.count
        let rest = line.dropFirst(spaces)
        var marker = 0
        if rest.hasPrefix("- ") || rest.hasPrefix("• ") || rest.hasPrefix("* ") {
            marker = 2
        } else {
            let digits = rest.prefix { $0.isASCII && $0.isNumber }.count
            if digits > 0, digits <= 3, rest.dropFirst(digits).hasPrefix(". ") || rest.dropFirst(digits).hasPrefix(") ") {
                marker = digits + 2
            }
        }
        return min(spaces + marker, width / 2)
    }
}

import Foundation

extension String {
    var trailingSpacesRemoved: String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
