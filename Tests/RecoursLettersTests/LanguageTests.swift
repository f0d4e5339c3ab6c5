import Foundation
import RecoursCore
import Testing

@testable import RecoursLetters

/// An example dossier of `Examples/`, as the binary reads it.
func example(_ name: String) throws -> Dossier {
    try DraftStore.load(Repo.root.appendingPathComponent("Examples/\(name).json"))
}

/// The Dutch letters of a Flemish dossier (every stage) and the German petition to the Arbeitsgericht Eupen, compared
/// with golden files; `RECOURS_UPDATE_GOLDEN=1 swift test` rewrites them (then read the diff).
@Suite struct LanguageGoldenTests {
    static let cases: [(String, EscalationStage)] = [
        ("cm-gent-incapacite", .customerService), ("cm-gent-incapacite", .complaint),
        ("cm-gent-incapacite", .mediation), ("cm-gent-incapacite", .court),
        ("freie-krankenkasse-eupen", .customerService), ("freie-krankenkasse-eupen", .complaint),
        ("freie-krankenkasse-eupen", .mediation), ("freie-krankenkasse-eupen", .court),
    ]

    @Test(arguments: cases)
    func letterMatchesGoldenFile(name: String, stage: EscalationStage) throws {
        let letter = try Repo.renderer().render(try example(name), stage: stage, date: letterDate)
        let url = Repo.golden.appendingPathComponent("\(name)-stage\(stage.rawValue).txt")
        if ProcessInfo.processInfo.environment["RECOURS_UPDATE_GOLDEN"] == "1" {
            try Data(letter.utf8).write(to: url)
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(
            letter == expected,
            "\(url.lastPathComponent) differs; rerun with RECOURS_UPDATE_GOLDEN=1 and review the diff")
        for line in letter.split(separator: "\n", omittingEmptySubsequences: false) {
            #expect(DisplayWidth.of(line) <= 78, "too wide: \(line)")
            #expect(!line.hasSuffix(" "), "trailing space: \(line)")
        }
        // Dutch and German typography: no no-break space, none before a colon, no French quotation marks.
        #expect(!letter.contains("\u{00A0}") && !letter.contains("\u{202F}"))
        #expect(!letter.contains(" :") && !letter.contains(" ;") && !letter.contains("«"))
        #expect(!letter.contains("{{") && !letter.contains("["))
    }
}

@Suite struct LetterLanguageTests {
    func render(_ dossier: Dossier, _ stage: EscalationStage) throws -> String {
        let letter = try Repo.renderer().render(dossier, stage: stage, date: letterDate)
        return letter.split(separator: "\n").map { $0.trimmed }.joined(separator: " ")
    }

    /// A complaint to a service whose delays the catalog does not know (the MLOZ service for a medical adviser's
    /// decision): the sentence that follows the delays opens its paragraph, without a leading space, in every
    /// language.
    @Test(arguments: LetterLanguage.allCases) func noParagraphStartsWithASpaceWithoutDelays(language: LetterLanguage)
        throws
    {
        var dossier = try example("partenamut-kinesitherapie")
        dossier.dispute.subject = .medicalAdviser
        dossier.letterLanguage = language
        let letter = try Repo.renderer().render(dossier, stage: .complaint, date: letterDate)
        let lines = letter.split(separator: "\n", omittingEmptySubsequences: false)
        // One space, then text (the address blocks are aligned further right on purpose).
        for (previous, line) in zip(lines, lines.dropFirst()) where previous.isEmpty {
            #expect(!(line.hasPrefix(" ") && !line.hasPrefix("  ")), "\(language): \(line)")
        }
    }

    /// The Flemish letters use the words a Flemish consumer service or lawyer uses.
    @Test func dutchLettersUseTheFlemishTerms() throws {
        let dossier = try example("cm-gent-incapacite")
        let complaint = try render(dossier, .complaint)
        for term in [
            "Aangetekende zending", "Betreft: Klacht", "Lidnummer: CM 221-0457-88", "Rijksregisternummer: 78031215379",
            "adviserend arts", "Ik teken bezwaar aan tegen", "Handvest van de sociaal verzekerde", "arbeidsrechtbank",
            "Met vriendelijke groeten,", "Gent, 12 oktober 2026", "7 kalenderdagen", "45 kalenderdagen",
        ] {
            #expect(complaint.contains(term), "\(term)")
        }
        #expect(try render(dossier, .mediation).contains("Nationale CM-ombudsman"))
        let petition = try render(dossier, .court)
        for term in [
            "VERZOEKSCHRIFT", "artikel 704 van het Gerechtelijk Wetboek", "Arbeidsrechtbank Gent, afdeling Gent",
            "Griffie", "Opgeëistenlaan 401 C", "De ondergetekende:", "stelt beroep in tegen", "Verwerende partij:",
            "binnen de termijn van drie maanden", "Om deze redenen vraagt verzoeker de arbeidsrechtbank:",
        ] {
            #expect(petition.contains(term), "\(term)")
        }
    }

    /// The German letters use the words of the Belgian German-speaking services (freie.be, the DG's Ombudsdienst,
    /// the official German text of the Charta der Sozialversicherten).
    @Test func germanLettersUseTheBelgianGermanTerms() throws {
        let dossier = try example("freie-krankenkasse-eupen")
        let complaint = try render(dossier, .complaint)
        for term in [
            "Per Einschreiben", "Betreff: Beschwerde – Verweigerung der Rückerstattung", "Beschwerdestelle",
            "Mitgliedsnummer: 515-0093-77", "Nationalregisternummer: 80061512481", "Sehr geehrte Damen und Herren,",
            "Ich fechte Ihre Entscheidung vom 12. Oktober 2026 (Az. KIN/2026/3318) an.",
            "Charta der Sozialversicherten",
            "Arbeitsgericht", "binnen 8 Kalendertagen", "binnen 30 Kalendertagen", "Eupen, den 20. Oktober 2026",
            "an den Ombudsdienst des Landesbundes der Freien Krankenkassen", "412,80 €", "Mit freundlichen Grüßen",
        ] {
            #expect(complaint.contains(term), "\(term)")
        }
        let contact = try render(dossier, .customerService)
        #expect(contact.contains("Am 15. Oktober 2026 habe ich mich in einer Geschäftsstelle an Ihren Kundendienst"))
        let referral = try render(dossier, .mediation)
        #expect(referral.contains("Ombudsdienst des Landesbundes der Freien Krankenkassen"))
        #expect(referral.contains("Antrag auf Vermittlung im Streitfall gegen die Freie Krankenkasse"))
        #expect(referral.contains("Meine Krankenkasse ist die Freie Krankenkasse"))
        #expect(referral.contains("diese Frist läuft am 12. Januar 2027 ab"))
    }

    /// Every recipient of a German letter is named in German, without a French service line: the Freie Krankenkasse's
    /// and the Christliche Krankenkasse's services, the MLOZ's complaints service for a Vertrauensarzt, the ombudsmen.
    @Test func aGermanLetterNamesEveryRecipientInGerman() throws {
        var dossier = try example("freie-krankenkasse-eupen")
        for fund in ["freie-krankenkasse", "mc-wallonie-bruxelles"] {
            for subject in [DisputeSubject.refusedReimbursement, .medicalAdviser] {
                dossier.fund = FundChoice(organismId: fund)
                dossier.dispute.subject = subject
                for stage in [EscalationStage.customerService, .complaint, .mediation] {
                    let letter = try render(dossier, stage)
                    for french in [
                        "Service", "Médiateur", "médiateur", "À l'attention", "Mutualit", "Union", "plaintes",
                    ] {
                        #expect(!letter.contains(french), "\(fund), \(subject), stage \(stage): \(french)")
                    }
                }
            }
        }
        dossier.fund = FundChoice(organismId: "freie-krankenkasse")
        #expect(try render(dossier, .complaint).contains("Beschwerdestelle des Landesbundes der Freien Krankenkassen"))
        dossier.fund = FundChoice(organismId: "mc-wallonie-bruxelles")
        dossier.dispute.subject = .refusedReimbursement
        #expect(try render(dossier, .complaint).contains("an den Ombudsdienst der Christlichen Krankenkasse wenden"))
        #expect(try render(dossier, .mediation).contains("Chaussée de Haecht 579, Postfach 40 1031 Brüssel"))
    }

    /// A German dossier's complaint has no French or Dutch word left: no half-translated letter.
    @Test func aGermanComplaintIsWhollyGerman() throws {
        let letter = try render(try example("freie-krankenkasse-eupen"), .complaint)
        let words = Set(
            letter.lowercased().split { !$0.isLetter && $0 != "'" }.map(String.init))
        let french = [
            "le", "la", "les", "du", "et", "je", "vous", "votre", "pour", "objet", "madame", "réclamation",
            "mutualité", "recommandé", "l'attention", "cordialement", "tribunal", "travail",
        ]
        let dutch = [
            "het", "een", "van", "ik", "uw", "voor", "met", "niet", "betreft", "klacht", "ziekenfonds", "groeten",
        ]
        #expect(words.intersection(french + dutch).sorted() == [])
        #expect(!letter.contains("\u{00A0}") && !letter.contains("\u{202F}") && !letter.contains("«"))
    }

    /// For the hospitalisation insurance, the last letter before court is a German Inverzugsetzung that names the
    /// court in German.
    @Test func aGermanFormalNoticeNamesTheCourtInGerman() throws {
        var dossier = try example("freie-krankenkasse-eupen")
        dossier.disputeKind = .hospitalisationInsurance
        #expect(try Repo.renderer().kind(for: dossier, stage: .court) == .formalNotice)
        let notice = try render(dossier, .court)
        #expect(notice.contains("Betreff: Inverzugsetzung"))
        #expect(notice.contains("Mit diesem Schreiben setze ich Sie in Verzug."))
        #expect(notice.contains("binnen fünfzehn Tagen nach Erhalt dieses Schreibens"))
        #expect(notice.contains("Andernfalls werde ich ohne weitere Ankündigung"))
        #expect(!notice.contains("Madame") && !notice.contains("mise en demeure"))
    }

    /// A Dutch letter to a fund or a service seated in Brussels gives its Dutch address (Haachtsesteenweg, Brussel)
    /// and no French service line; the same dossier's French letters keep the French address.
    @Test func dutchLettersGiveTheDutchAddressOfABrusselsSeat() throws {
        var dossier = try example("cm-gent-incapacite")
        for stage in [EscalationStage.customerService, .complaint, .mediation, .court] {
            let letter = try render(dossier, stage)
            #expect(letter.contains("Haachtsesteenweg 579, postbus 40"), "stage \(stage)")
            #expect(letter.contains("1031 Brussel"), "stage \(stage)")
            #expect(!letter.contains("Chaussée") && !letter.contains("Bruxelles"), "stage \(stage)")
            #expect(!letter.contains("À l'attention") && !letter.contains("médiateur"), "stage \(stage)")
        }
        #expect(try render(dossier, .court).contains("Verwerende partij: CM Gezondheidsfonds, Haachtsesteenweg 579"))
        #expect(try render(dossier, .court).contains("Hoogachtend,"))
        dossier.letterLanguage = .french
        let french = try render(dossier, .mediation)
        #expect(french.contains("Chaussée de Haecht 579 boîte postale 40") && french.contains("1031 Bruxelles"))
        #expect(french.contains("À l'attention du médiateur national MC"))
    }

    /// The petition follows the court's language, whatever the dossier says; the other letters follow the dossier.
    @Test func thePetitionFollowsTheCourtsLanguageEvenWhenTheDossierSaysFrench() throws {
        var dossier = try example("cm-gent-incapacite")
        dossier.letterLanguage = .french
        let renderer = try Repo.renderer()
        #expect(renderer.language(for: dossier, stage: .court) == .dutch)
        #expect(try render(dossier, .court).contains("VERZOEKSCHRIFT"))
        #expect(renderer.language(for: dossier, stage: .complaint) == .french)
        #expect(try render(dossier, .complaint).contains("Réclamation"))
        // The validator says why, on the dossier's language field, and does not block the export.
        let validator = DossierValidator(catalog: try Repo.catalog(), today: letterDate)
        let issues = validator.issues(in: dossier, for: .court).filter { $0.field == .letterLanguage }
        #expect(issues.map(\.severity) == [.warning])
        #expect(issues.first?.message.contains("Arbeidsrechtbank Gent, afdeling Gent") == true)
        #expect(issues.first?.message.contains("loi du 15 juin 1935") == true)
        #expect(validator.canExport(dossier, stage: .court))

        var eupen = try example("freie-krankenkasse-eupen")
        eupen.letterLanguage = .french
        #expect(renderer.language(for: eupen, stage: .court) == .german)
        #expect(try render(eupen, .court).contains("ANTRAGSCHRIFT"))
        #expect(try render(eupen, .complaint).contains("Réclamation"))
    }

    /// A German dossier's letters are German at every stage, exported like any other; none falls back to French.
    @Test func aGermanDossierWritesEveryLetterInGerman() throws {
        let eupen = try example("freie-krankenkasse-eupen")
        let validator = DossierValidator(catalog: try Repo.catalog(), today: letterDate)
        let renderer = try Repo.renderer()
        for stage in [EscalationStage.customerService, .complaint, .mediation, .court] {
            #expect(renderer.language(for: eupen, stage: stage) == .german, "stage \(stage)")
            #expect(!validator.issues(in: eupen, for: stage).contains { $0.field == .letterLanguage }, "stage \(stage)")
            #expect(validator.canExport(eupen, stage: stage), "stage \(stage)")
        }
    }

    /// A draft written before the key existed reads as French (for a French-speaking fund and member), and the key is
    /// written only once chosen.
    @Test func oldDraftsWithoutTheKeyReadAsFrench() throws {
        let url = Repo.root.appendingPathComponent("Examples/partenamut-kinesitherapie.json")
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(!text.contains("letterLanguage"))
        let dossier = try DraftStore.load(url)
        #expect(dossier.letterLanguage == nil)
        #expect(try Repo.renderer().language(for: dossier, stage: .complaint) == .french)
        #expect(!String(decoding: DraftStore.encode(dossier), as: UTF8.self).contains("letterLanguage"))
        var chosen = dossier
        chosen.letterLanguage = .dutch
        let again = try DraftStore.decode(DraftStore.encode(chosen), path: "test")
        #expect(again.letterLanguage == .dutch)
        #expect(try render(again, .complaint).contains("Klacht"))
    }

    /// Unset, the language is the fund's seat's, else the member's region's (Brussels: neither), else the interface's.
    @Test func theDefaultLanguageComesFromTheFundsRegion() throws {
        let resolver = RecipientResolver(catalog: try Repo.catalog())
        var dossier = belgianDossier()  // Partenamut, Brussels, member in Brussels
        #expect(resolver.defaultLetterLanguage(of: dossier) == .french)
        dossier.fund = FundChoice(organismId: "helan")  // seated in Wilrijk
        #expect(resolver.defaultLetterLanguage(of: dossier) == .dutch)
        dossier.fund = FundChoice(organismId: "partenamut")
        dossier.member.postalCode = "9000"
        #expect(resolver.defaultLetterLanguage(of: dossier) == .dutch)
        dossier.member.postalCode = "4700"  // the Arbeitsgericht Eupen's area: German
        #expect(resolver.defaultLetterLanguage(of: dossier) == .german)
        dossier.member.postalCode = "4000"  // a Liège member of the Freie Krankenkasse, seated in Büllingen
        dossier.fund = FundChoice(organismId: "freie-krankenkasse")
        #expect(resolver.defaultLetterLanguage(of: dossier) == .german)
        #expect(resolver.defaultLetterLanguage(of: frenchDossier()) == .french)
    }

    /// A fund that works in one language writes in it, wherever its letters go (CM Gezondheidsfonds and the Flemish
    /// Solidaris write to their unions' seats in Brussels); with nothing else known, the interface's language.
    @Test func aFlemishFundWritesDutchAndNothingKnownFollowsTheInterface() throws {
        let resolver = RecipientResolver(catalog: try Repo.catalog())
        var dossier = belgianDossier()
        dossier.member.postalCode = ""
        for id in ["cm-vlaanderen", "solidaris-vlaanderen"] {
            dossier.fund = FundChoice(organismId: id)
            #expect(resolver.defaultLetterLanguage(of: dossier) == .dutch, "\(id)")
        }
        dossier.fund = FundChoice(organismId: "mc-wallonie-bruxelles")  // seat in Brussels, no postcode yet
        #expect(resolver.defaultLetterLanguage(of: dossier) == .french)
        #expect(Texts.$scopedLanguage.withValue(.dutch) { resolver.defaultLetterLanguage(of: dossier) } == .dutch)
        dossier.member.postalCode = "5000"  // a member in Namur: the region decides, not the interface
        #expect(Texts.$scopedLanguage.withValue(.dutch) { resolver.defaultLetterLanguage(of: dossier) } == .french)
        // A Brussels member of a Brussels-seated union: French whatever the interface, as before.
        dossier.fund = FundChoice(organismId: "partenamut")
        dossier.member.postalCode = "1080"
        #expect(Texts.$scopedLanguage.withValue(.dutch) { resolver.defaultLetterLanguage(of: dossier) } == .french)
        // A Brussels member of CM Gezondheidsfonds: Dutch letters, and the Dutch-speaking court for the petition.
        dossier.fund = FundChoice(organismId: "cm-vlaanderen")
        #expect(resolver.defaultLetterLanguage(of: dossier) == .dutch)
        #expect(resolver.competentLabourCourts(of: dossier).map(\.language) == [.dutch])
    }

    /// A Dutch letter puts "de" before a service's name ("bij de Dienst Klachtenbeheer …"), as before "de
    /// Ombudsdienst".
    @Test func aDutchServiceTakesItsArticle() throws {
        let phrases = try #require(
            try LetterTemplates(shipped: Repo.resources.appendingPathComponent("templates")).phrases(.dutch))
        let catalog = try Repo.catalog()
        let service = try #require(catalog.organism(id: "solidaris-mediation"))
        #expect(phrases.runningName(service).hasPrefix("de Dienst "))
    }

    /// Dates and amounts in each language's conventions.
    @Test func datesAndAmountsPerLanguage() throws {
        let templates = try LetterTemplates(shipped: Repo.resources.appendingPathComponent("templates"))
        let first = CalendarDate(year: 2026, month: 12, day: 1)!
        let fr = try #require(templates.phrases(.french))
        let nl = try #require(templates.phrases(.dutch))
        let de = try #require(templates.phrases(.german))
        #expect(fr.long(first) == "1er décembre 2026")
        #expect(nl.long(first).replacingOccurrences(of: "\u{00A0}", with: " ") == "1 december 2026")
        #expect(de.long(first).replacingOccurrences(of: "\u{00A0}", with: " ") == "1. Dezember 2026")
        // French: a no-break space before €, a narrow one between thousands (a line never breaks inside).
        #expect(fr.amount(cents: 48640) == "486,40\u{00A0}€")
        #expect(nl.amount(cents: 48640).replacingOccurrences(of: "\u{00A0}", with: " ") == "€ 486,40")
        #expect(de.amount(cents: 48640).replacingOccurrences(of: "\u{00A0}", with: " ") == "486,40 €")
        #expect(fr.amount(cents: 125_000) == "1\u{202F}250,00\u{00A0}€")  // always with its cents
        #expect(nl.amount(cents: 125_005).replacingOccurrences(of: "\u{00A0}", with: " ") == "€ 1.250,05")
        let months = Delay(kind: .courtAppeal, amount: 3, unit: .months, source: "")
        #expect(fr.delay(months) == "trois mois")
        #expect(nl.delay(months) == "drie maanden")
        #expect(de.delay(months) == "drei Monaten")
        let oneYear = Delay(kind: .mediationWindow, amount: 1, unit: .years, source: "")
        #expect(fr.of(fr.delay(oneYear)) == "d'un an")
        #expect(nl.of(nl.delay(oneYear)) == "van één jaar")
        #expect(fr.delay(Delay(kind: .answer, amount: 0, unit: .calendarDays, source: "")) == "0 jour calendaire")
        #expect(nl.delay(Delay(kind: .answer, amount: 0, unit: .calendarDays, source: "")) == "0 kalenderdagen")
    }

    /// A user's Dutch template and phrases replace the shipped ones; the flat folder still holds French overrides.
    @Test func userOverridesArePerLanguage() throws {
        let user = FileManager.default.temporaryDirectory.appendingPathComponent("recours-tpl-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: user) }
        try FileManager.default.createDirectory(
            at: user.appendingPathComponent("nl"), withIntermediateDirectories: true)
        try "{{% CONTENT_TYPE: TEXT}}\nMijn eigen klacht voor {{memberName}}.\n"
            .write(to: user.appendingPathComponent("nl/stage2-complaint.mustache"), atomically: true, encoding: .utf8)
        try #"{"phrases": {"closing.letter": "Hoogachtend,"}}"#
            .write(to: user.appendingPathComponent("nl/phrases.json"), atomically: true, encoding: .utf8)
        try "{{% CONTENT_TYPE: TEXT}}\nMa réclamation à moi.\n"
            .write(to: user.appendingPathComponent("stage2-complaint.mustache"), atomically: true, encoding: .utf8)
        let templates = try LetterTemplates(shipped: Repo.resources.appendingPathComponent("templates"), user: user)
        let renderer = LetterRenderer(templates: templates, catalog: try Repo.catalog())
        let dossier = try example("cm-gent-incapacite")
        #expect(
            renderer.render(dossier, stage: .complaint, date: letterDate) == "Mijn eigen klacht voor Pieter De Smet.\n")
        #expect(renderer.render(dossier, stage: .mediation, date: letterDate).contains("Hoogachtend,"))
        #expect(renderer.render(belgianDossier(), stage: .complaint, date: letterDate) == "Ma réclamation à moi.\n")
    }
}

/// Every language has every phrase, with the same placeholders, and every template of its letters.
@Suite struct LetterPhraseTests {
    static let placeholder = try! NSRegularExpression(pattern: #"%[1-9]\$@"#)

    static func placeholders(_ text: String) -> [String] {
        let range = NSRange(text.startIndex..., in: text)
        return Set(
            placeholder.matches(in: text, range: range).compactMap { Range($0.range, in: text) }
                .map { String(text[$0]) }
        ).sorted()
    }

    @Test func everyPhraseKeyExistsInEveryLanguageWithTheSamePlaceholders() throws {
        let templates = try LetterTemplates(shipped: Repo.resources.appendingPathComponent("templates"))
        let french = try #require(templates.phrases(.french))
        #expect(french.keys.count > 90)
        for key in LetterPhrases.modelKeys + LetterContext.civilityKeys { #expect(french.keys.contains(key), "\(key)") }
        for language in LetterLanguage.allCases {
            let phrases = try #require(templates.phrases(language))
            #expect(
                phrases.keys == french.keys, "\(language): \(phrases.keys.symmetricDifference(french.keys).sorted())")
            // A language that addresses no recipient by a title (no `title.prefixes`) never writes the `.titled`
            // phrases: they need not name the title.
            let usesTitles = !(phrases.raw("title.prefixes") ?? "").isEmpty
            for key in french.keys where usesTitles || !key.hasSuffix(".titled") {
                #expect(
                    Self.placeholders(phrases.raw(key) ?? "") == Self.placeholders(french.raw(key) ?? ""),
                    "\(language.rawValue): \(key)")
            }
        }
    }

    /// Every literal key the letters ask for is in the French file (the others are then checked above).
    @Test func everyKeyTheLettersAskForExists() throws {
        let templates = try LetterTemplates(shipped: Repo.resources.appendingPathComponent("templates"))
        let french = try #require(templates.phrases(.french))
        let sources = Repo.root.appendingPathComponent("Sources/RecoursLetters")
        let call = try NSRegularExpression(pattern: #"(?:p|phrases)\.text\(\s*"([^"\\]+)""#)
        var found: Set<String> = []
        for file in try FileManager.default.contentsOfDirectory(atPath: sources.path) where file.hasSuffix(".swift") {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            for match in call.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                if let range = Range(match.range(at: 1), in: text) { found.insert(String(text[range])) }
            }
        }
        #expect(found.count > 40)
        #expect(found.subtracting(french.keys).sorted() == [])
    }

    /// Each language has a template for every letter and its partials.
    @Test func everyLanguageHasItsTemplates() {
        let folder = Repo.resources.appendingPathComponent("templates")
        for language in LetterLanguage.allCases {
            for name in LetterKind.allCases.map(\.templateName) + LetterKind.partialNames + ["phrases"] {
                let ext = name == "phrases" ? "json" : "mustache"
                let path = folder.appendingPathComponent("\(language.rawValue)/\(name).\(ext)").path
                #expect(FileManager.default.fileExists(atPath: path), "\(path)")
            }
        }
    }
}

@Suite struct AddressedTitleTests {
    @Test func aTitleInTheRecipientsBlockIsTheGreeting() {
        let prefixes = "Monsieur le |Madame la "
        #expect(
            LetterContext.addressedTitle(
                in: ["Médiation Consommation Développement", "Monsieur le Médiateur", "42000 Saint-Étienne"],
                prefixes: prefixes) == "Monsieur le Médiateur")
        #expect(
            LetterContext.addressedTitle(
                in: ["FNMF", "Monsieur le Médiateur de la Mutualité Française"], prefixes: prefixes)
                == "Monsieur le Médiateur")
        #expect(
            LetterContext.addressedTitle(in: ["Madame la Directrice"], prefixes: prefixes) == "Madame la Directrice")
        #expect(LetterContext.addressedTitle(in: ["Partenamut", "Service Médiation"], prefixes: prefixes) == nil)
        #expect(LetterContext.addressedTitle(in: ["Monsieur le Médiateur"], prefixes: "") == nil)
    }
}
