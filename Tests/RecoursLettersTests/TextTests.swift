import RecoursCore
import Testing

@testable import RecoursLetters

@Suite struct DisplayWidthTests {
    @Test func widths() {
        #expect(DisplayWidth.of("abc") == 3)
        #expect(DisplayWidth.of("éèçàœ«»") == 7)
        #expect(DisplayWidth.of("e\u{0301}") == 1)  // e + combining acute: one column
        #expect(DisplayWidth.of("中文") == 4)
        #expect(DisplayWidth.of("👍") == 2)
        #expect(DisplayWidth.of("❤️") == 1)  // as wcwidth: the variation selector takes no column
        #expect(DisplayWidth.of("\u{1B}") == 0)
    }
}

@Suite struct TextWrapperTests {
    @Test func shortLinesAreKept() {
        #expect(TextWrapper.wrap("Bonjour\n\nà vous", width: 20) == "Bonjour\n\nà vous")
    }

    @Test func longLinesBreakBetweenWords() {
        let text = "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées."
        let wrapped = TextWrapper.wrap(text, width: 30)
        for line in wrapped.split(separator: "\n") { #expect(DisplayWidth.of(line) <= 30) }
        #expect(wrapped.replacingOccurrences(of: "\n", with: " ") == text)
    }

    @Test func listItemsHangUnderTheirText() {
        let wrapped = TextWrapper.wrap("12. un élément de liste assez long pour être coupé en deux lignes", width: 30)
        let lines = wrapped.split(separator: "\n").map(String.init)
        #expect(lines[0].hasPrefix("12. "))
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("    ") && !$0.hasPrefix("     ") })
        let dash = TextWrapper.wrap("- un tiret suivi d'un texte assez long pour déborder", width: 25)
        #expect(dash.split(separator: "\n").dropFirst().allSatisfy { $0.hasPrefix("  ") })
    }

    @Test func wordsLongerThanALineAreCut() {
        let url = "https://exemple.be/" + String(repeating: "a", count: 100)
        let wrapped = TextWrapper.wrap("voir \(url) fin", width: 40)
        for line in wrapped.split(separator: "\n") { #expect(DisplayWidth.of(line) <= 40) }
        #expect(wrapped.filter { $0 != "\n" && $0 != " " } == "voir\(url)fin")
    }

    @Test func wideCharactersCountDouble() {
        let wrapped = TextWrapper.wrap(String(repeating: "中", count: 30), width: 20)
        for line in wrapped.split(separator: "\n") { #expect(DisplayWidth.of(line) <= 20) }
    }
}

@Suite struct FrenchTests {
    @Test func contractionsAndElisions() {
        #expect(French.de("le Médiateur fédéral") == "du Médiateur fédéral")
        #expect(French.de("la CAAMI") == "de la CAAMI")
        #expect(French.de("l'OCM") == "de l'OCM")
        #expect(French.de("Identités Mutuelle") == "d'Identités Mutuelle")
        #expect(French.de("Partenamut") == "de Partenamut")
        #expect(French.a("le Médiateur fédéral") == "au Médiateur fédéral")
        #expect(French.a("la CAAMI") == "à la CAAMI")
        #expect(French.quoted("Refus maintenu.") == "« Refus maintenu »")
        #expect(French.capitalizedFirst("la CAAMI") == "La CAAMI")
    }
}

@Suite struct FrenchTypographyWrappingTests {
    func lines(_ text: String, _ width: Int) -> [String] {
        TextWrapper.wrap(text, width: width).split(separator: "\n").map(String.init)
    }

    @Test func colonsQuotesDatesAndAmountsStayWithTheirWord() {
        // Each would fall exactly at the break without the glue rules.
        #expect(lines("aaaa bbbb référence : X", 15).allSatisfy { !$0.hasPrefix(":") })
        #expect(lines("aaaa bbbb « Refus maintenu »", 12).allSatisfy { !$0.hasPrefix("»") && !$0.hasSuffix("«") })
        #expect(lines("envoyée le 8 septembre 2026", 12).contains { $0.contains("8 septembre") })
        #expect(lines("montant de 1 250 €", 12).contains { $0.contains("1 250 €") })
        // Amounts typed with cents or with several groups stay whole too ("1 400,00 €", "12 345 678").
        #expect(lines("pour un montant de 1 400,00 €, sur devis", 21).contains { $0.contains("1 400,00 €") })
        #expect(lines("aaaa bbbb 12 345 678 habitants", 12).contains { $0.contains("12 345 678") })
        // Not a thousands group: a fourth digit.
        #expect(!lines("aaaa bbbb 12 3456 x", 12).contains { $0.contains("12 3456") })
        // The sign followed by the sentence's punctuation (tester: "soit 480" then "€." alone on its line).
        #expect(lines("de la couronne, soit 480 €.", 25).contains { $0.contains("480 €.") })
        #expect(lines("remboursé à hauteur de 100 %, selon", 27).contains { $0.contains("100 %,") })
    }
}

/// A typed text that itself quotes or uses parentheses is never nested in the same marks: « … “…” … »,
/// (… […] …), as typography wants.
@Suite struct NestedMarksTests {
    /// The letter's words separated by single spaces, whatever the wrap and the typography's spaces.
    static func flat(_ letter: String) -> String {
        letter.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    @Test func aQuotedAnswerThatQuotesTakesTheInnerMarks() throws {
        var dossier = frenchDossier()
        dossier.currentStage = .complaint
        dossier.stages.contact?.answer =
            "Refus maintenu : « la couronne n'est pas prise en charge » et \"voir contrat\"."
        let letter = try Repo.renderer().render(dossier, stage: .complaint, date: letterDate)
        #expect(
            Self.flat(letter).contains("« Refus maintenu : “la couronne n'est pas prise en charge” et “voir contrat” »")
        )

        var dutch = belgianDossier()
        dutch.letterLanguage = .dutch
        dutch.currentStage = .complaint
        dutch.stages.contact?.answer = "Het ziekenfonds schreef: “niet terugbetaalbaar”."
        let brief = try Repo.renderer().render(dutch, stage: .complaint, date: letterDate)
        #expect(Self.flat(brief).contains("“Het ziekenfonds schreef: ‘niet terugbetaalbaar’”"))
    }

    /// Every kind of double quotation mark typed, in every letter language.
    @Test(arguments: [
        (LetterLanguage.french, "On m'a dit : « non » et \"jamais\".", "« On m'a dit : “non” et “jamais” »"),
        (LetterLanguage.french, "Réponse : “refus”", "« Réponse : “refus” »"),
        (LetterLanguage.dutch, "Men schreef: „niet terugbetaalbaar”.", "“Men schreef: ‘niet terugbetaalbaar’”"),
        (LetterLanguage.dutch, "Men schreef: \"nee\"", "“Men schreef: ‘nee’”"),
        (
            LetterLanguage.german, "Man sagte mir: “Das wird nicht erstattet”.",
            "„Man sagte mir: ‚Das wird nicht erstattet‘“"
        ),
        (LetterLanguage.german, "Man sagte: „nein“", "„Man sagte: ‚nein‘“"),
    ])
    func innerMarksInEveryLanguage(language: LetterLanguage, typed: String, quoted: String) throws {
        let templates = try LetterTemplates(shipped: Repo.resources.appendingPathComponent("templates"))
        let phrases = try #require(templates.phrases(language))
        #expect(phrases.quoted(typed) == quoted)
    }

    @Test func aDetailWithParenthesesTakesBrackets() throws {
        var dossier = frenchDossier()
        dossier.currentStage = .complaint
        dossier.dispute.subjectDetail = "prothèse dentaire (couronne sur la 36)"
        let letter = try Repo.renderer().render(dossier, stage: .complaint, date: letterDate)
        #expect(Self.flat(letter).contains("(prothèse dentaire [couronne sur la 36])"))
        #expect(!letter.contains("36))"))
    }
}
