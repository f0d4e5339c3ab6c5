import Foundation
import RecoursCore
import Testing

@testable import RecoursLetters

/// Each stage's letter for a Belgian and a French dossier, compared with a golden file.
/// `RECOURS_UPDATE_GOLDEN=1 swift test` rewrites the golden files (then read the diff).
@Suite struct LetterGoldenTests {
    static let cases: [(String, EscalationStage)] = [
        ("be", .customerService), ("be", .complaint), ("be", .mediation), ("be", .court),
        ("fr", .customerService), ("fr", .complaint), ("fr", .mediation), ("fr", .court),
    ]

    @Test(arguments: cases)
    func letterMatchesGoldenFile(country: String, stage: EscalationStage) throws {
        let dossier = country == "be" ? belgianDossier() : frenchDossier()
        let letter = try Repo.renderer().render(dossier, stage: stage, date: letterDate)
        let url = Repo.golden.appendingPathComponent("\(country)-stage\(stage.rawValue).txt")
        if ProcessInfo.processInfo.environment["RECOURS_UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: Repo.golden, withIntermediateDirectories: true)
            try Data(letter.utf8).write(to: url)
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(
            letter == expected,
            "\(url.lastPathComponent) differs; rerun with RECOURS_UPDATE_GOLDEN=1 and review the diff")
    }

    @Test(arguments: cases)
    func everyLetterIsPlainTextWithin78Columns(country: String, stage: EscalationStage) throws {
        let dossier = country == "be" ? belgianDossier() : frenchDossier()
        let letter = try Repo.renderer().render(dossier, stage: stage, date: letterDate)
        #expect(letter.hasSuffix("\n"))
        #expect(!letter.hasSuffix("\n\n"))
        for line in letter.split(separator: "\n", omittingEmptySubsequences: false) {
            #expect(DisplayWidth.of(line) <= 78, "too wide: \(line)")
            #expect(!line.hasSuffix(" "), "trailing space: \(line)")
        }
        #expect(!letter.contains("&#"), "HTML escaping leaked into a plain-text letter")
        #expect(!letter.contains("&amp;") && !letter.contains("&quot;"))
        #expect(!letter.contains("{{") && !letter.contains("}}"))
        #expect(!letter.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }

    @Test func sameDossierAndDateGiveTheSameText() throws {
        let renderer = try Repo.renderer()
        let a = renderer.render(belgianDossier(), stage: .mediation, date: letterDate)
        let b = renderer.render(belgianDossier(), stage: .mediation, date: letterDate)
        #expect(a == b)
        // A referral already sent keeps its sending date whatever day it is exported on; one being written is
        // dated today.
        let december = CalendarDate(year: 2026, month: 12, day: 1)!
        #expect(renderer.render(belgianDossier(), stage: .mediation, date: december) == a)
        #expect(a.contains("Bruxelles, le 13 octobre 2026"))
        var unsent = belgianDossier()
        unsent.stages.mediation?.date = ""
        let other = renderer.render(unsent, stage: .mediation, date: december)
        #expect(other.contains("Bruxelles, le 1er décembre 2026"))
    }
}

@Suite struct LetterContentTests {
    /// The letter with its wrapped lines joined again and its no-break spaces read as spaces, so that phrases can be
    /// searched whatever the wrapping and the typography (`FrenchTypographyTests` checks those).
    func render(_ dossier: Dossier, _ stage: EscalationStage) throws -> String {
        let letter = try Repo.renderer().render(dossier, stage: stage, date: letterDate)
        return letter.split(separator: "\n").map { $0.trimmed }.joined(separator: " ")
            .replacingOccurrences(of: "\u{00A0}", with: " ").replacingOccurrences(of: "\u{202F}", with: " ")
    }

    @Test func headerHasSenderRecipientPlaceDateSubjectAndReferences() throws {
        let letter = try Repo.renderer().render(belgianDossier(), stage: .complaint, date: letterDate)
        let lines = letter.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "Madame Françoise Lemaître-Dubois")
        #expect(lines.contains("Rue de l'Église 12"))
        #expect(lines.contains("1080 Bruxelles"))
        #expect(lines.contains { $0.trimmed == "Partenamut" && $0.hasPrefix("    ") })
        #expect(lines.contains { $0.trimmed == "Boulevard Louis Mettewie 74-76" })
        // The complaint was sent on 18 September: the letter bears that date, not the day it is exported.
        #expect(lines.contains { $0.trimmed == "Bruxelles, le 18 septembre 2026" })
        #expect(lines.contains("Envoi recommandé"))
        // French typography: a no-break space before the colon.
        #expect(lines.contains { $0.hasPrefix("Objet\u{00A0}: Réclamation – refus de remboursement") })
        #expect(lines.contains("N° de membre\u{00A0}: 125-4471-09"))
        #expect(lines.contains("N° national (NISS)\u{00A0}: 85073003328"))
    }

    @Test func frenchRegisteredLetterMention() throws {
        let letter = try render(frenchDossier(), .complaint)
        #expect(letter.contains("Lettre recommandée avec accusé de réception"))
        var dossier = frenchDossier()
        dossier.stages.complaint?.mode = .email
        #expect(!(try render(dossier, .complaint)).contains("recommandée"))
    }

    @Test func eachLetterCitesTheEarlierStepsOnly() throws {
        let dossier = belgianDossier()
        let stage2 = try render(dossier, .complaint)
        #expect(stage2.contains("Le 15 septembre 2026, j'ai contacté votre service clientèle par téléphone"))
        #expect(!stage2.contains("j'ai adressé une réclamation écrite"))
        let stage3 = try render(dossier, .mediation)
        #expect(stage3.contains("Le 18 septembre 2026, j'ai adressé une réclamation écrite à Partenamut"))
        #expect(stage3.contains("Le 10 octobre 2026, Partenamut m'a répondu : « La décision est maintenue »."))
        #expect(!stage3.contains("j'ai saisi"))
        let stage4 = try render(dossier, .court)
        #expect(stage4.contains("j'ai saisi le Service Médiation de Partenamut"))
    }

    @Test func recipientsFollowTheStageAndTheRoute() throws {
        let be = belgianDossier()
        #expect(try render(be, .customerService).contains("Service Center"))
        #expect(try render(be, .complaint).contains("Service Plaintes"))
        #expect(try render(be, .mediation).contains("Service Médiation de Partenamut"))
        let petition = try render(be, .court)
        #expect(petition.contains("Greffe du tribunal du travail francophone de Bruxelles"))
        #expect(petition.contains("Place Poelaert 3"))
        #expect(!petition.contains("Waterloo"))
        #expect(petition.contains("REQUÊTE"))
        // The member speaks in the first person throughout, as in the facts she typed.
        #expect(petition.contains("Je soussignée :"))
        #expect(petition.contains("ai l'honneur d'introduire un recours"))
        #expect(petition.contains("Par ces motifs, je sollicite du Tribunal"))
        #expect(!petition.contains("la requérante"))
        let fr = frenchDossier()
        #expect(try render(fr, .complaint).contains("Service Qualité Réclamations"))
        #expect(try render(fr, .mediation).contains("Médiation Consommation Développement"))
        let notice = try render(fr, .court)
        #expect(notice.contains("Mise en demeure"))
        #expect(notice.contains("le tribunal judiciaire"))
        #expect(notice.contains("Lettre recommandée avec accusé de réception"))
    }

    /// A Belgian complaint reserves the labour court; a French registered one interrupts the prescription.
    @Test func aComplaintSaysWhatItKeepsOpen() throws {
        let be = try render(belgianDossier(), .complaint)
        #expect(be.contains("Je me réserve le droit de saisir le tribunal du travail"))
        let fr = try render(frenchDossier(), .complaint)
        #expect(fr.contains("interrompt la prescription de mon action (article L221-12 du Code de la mutualité)"))
        var byEmail = frenchDossier()
        byEmail.stages.complaint?.mode = .email
        #expect(!(try render(byEmail, .complaint)).contains("interrompt la prescription"))
    }

    @Test func medicalAdviserComplaintsGoToTheUnionsCoordinator() throws {
        var dossier = belgianDossier()
        dossier.dispute.subject = .medicalAdviser
        let letter = try render(dossier, .complaint)
        // Mutualités Libres: the union's complaints service, at its current address (mloz.be), not the 2016 one.
        #expect(letter.contains("Service Plaintes"))
        #expect(letter.contains("Route de Lennik 788A"))
        #expect(!letter.contains("Rue Saint-Hubert 19"))
    }

    @Test func delaysOfTheRecipientAreStated() throws {
        #expect(try render(belgianDossier(), .complaint).contains("8 jours calendaires"))
        #expect(try render(belgianDossier(), .complaint).contains("30 jours calendaires"))
        #expect(try render(belgianDossier(), .mediation).contains("21 jours ouvrables"))
        let fr = try render(frenchDossier(), .complaint)
        #expect(fr.contains("10 jours ouvrables"))
        #expect(fr.contains("dans un délai de deux mois"))
        #expect(try render(frenchDossier(), .mediation).contains("90 jours calendaires"))
    }

    @Test func unansweredComplaintIsStatedWithItsDelay() throws {
        var dossier = frenchDossier()
        dossier.stages.complaint = ComplaintRecord(date: "02/03/2026", mode: .registeredLetter)
        dossier.stages.mediation?.date = ""  // the referral being written, dated today
        let letter = try render(dossier, .mediation)
        #expect(
            letter.contains(
                "Ma réclamation du 2 mars 2026 est restée sans réponse au-delà du délai de deux mois, échu le 4 mai 2026."
            ))
    }

    @Test func delaysInMonthsAndYearsAreWrittenInWords() throws {
        let templates = try LetterTemplates(shipped: Repo.resources.appendingPathComponent("templates"))
        let p = try #require(templates.phrases(.french))
        #expect(p.delay(Delay(kind: .answer, amount: 2, unit: .months, source: "")) == "deux mois")
        #expect(p.delay(Delay(kind: .courtAppeal, amount: 3, unit: .months, source: "")) == "trois mois")
        #expect(p.delay(Delay(kind: .mediationWindow, amount: 1, unit: .years, source: "")) == "un an")
        #expect(p.delay(Delay(kind: .prescription, amount: 2, unit: .years, source: "")) == "deux ans")
        #expect(p.delay(Delay(kind: .answer, amount: 30, unit: .calendarDays, source: "")) == "30 jours calendaires")
        #expect(p.delay(Delay(kind: .answer, amount: 18, unit: .months, source: "")) == "18 mois")
        // The letters address the member in the letters' language, whatever the interface's.
        #expect(Civility.allCases.map(p.civility) == ["", "Madame", "Monsieur"])
        #expect(p.of("le Médiateur fédéral") == "du Médiateur fédéral")
        #expect(p.of("l'OCM") == "de l'OCM")
        #expect(p.of("Identités Mutuelle") == "d'Identités Mutuelle")
        #expect(p.to("le Médiateur fédéral") == "au Médiateur fédéral")
        #expect(p.to("la CAAMI") == "à la CAAMI")
        #expect(p.courtWithArticle("Justice de paix") == "la justice de paix")
        #expect(p.courtWithArticle("Tribunal judiciaire") == "le tribunal judiciaire")
    }

    @Test func anAnsweredComplaintDoesNotClaimSilence() throws {
        var dossier = frenchDossier()
        dossier.stages.complaint = ComplaintRecord(
            date: "02/03/2026", mode: .registeredLetter, answerDate: "20/03/2026", answerSummary: "Refus.")
        let letter = try render(dossier, .mediation)
        #expect(!letter.contains("sans réponse"))
        #expect(letter.contains("Identités Mutuelle m'a répondu : « Refus »"))
    }

    @Test func aComplaintStillWithinItsDelayIsNotSaidOverdue() throws {
        var dossier = frenchDossier()
        dossier.stages.complaint = ComplaintRecord(date: "01/10/2026", mode: .registeredLetter)
        let letter = try render(dossier, .mediation)
        #expect(!letter.contains("au-delà du délai"))
        #expect(letter.contains("Cette réclamation est restée sans réponse à ce jour."))
    }

    @Test func frenchReferralStatesItIsWithinTheYearAfterTheComplaint() throws {
        let letter = try render(frenchDossier(), .mediation)
        #expect(
            letter.contains("Je vous saisis dans le délai d'un an suivant ma réclamation écrite du 20 janvier 2026."))
        // The unanswered complaint is said once, in the opening paragraph, not again in the steps taken.
        #expect(letter.components(separatedBy: "sans réponse").count == 2, "\(letter)")
        var late = frenchDossier()
        late.stages.complaint = ComplaintRecord(date: "01/10/2025", mode: .registeredLetter)
        late.stages.mediation?.date = ""
        #expect(!(try render(late, .mediation)).contains("Je vous saisis dans le délai"))
    }

    @Test func belgianLettersStateTheAppealDeadline() throws {
        // Decision notified on 8 September 2026: the tribunal du travail until 8 December 2026.
        let referral = try render(belgianDossier(), .mediation)
        #expect(
            referral.contains(
                "ne suspend pas le délai de recours devant le tribunal du travail, qui expire le 8 décembre 2026."))
        let petition = try render(belgianDossier(), .court)
        #expect(
            petition.contains(
                "Le présent recours est introduit dans le délai de trois mois à compter de cette notification."))
        // Once the deadline has passed, neither claim is made.
        var late = belgianDossier()
        late.dispute.decisionDate = "01/08/2026"
        late.stages.mediation?.date = ""
        #expect(!(try render(late, .mediation)).contains("qui expire le"))
        #expect(!(try render(late, .court)).contains("Le présent recours est introduit dans le délai"))
        #expect(
            (try render(late, .mediation)).contains("ne suspend pas le délai de recours devant le tribunal du travail.")
        )
    }

    @Test func attachmentsAreNumberedAndBlankOnesSkipped() throws {
        var dossier = belgianDossier()
        dossier.dispute.attachments.insert(Attachment(), at: 1)
        let letter = try render(dossier, .complaint)
        #expect(letter.contains("1. Prescription du Dr Marchal (1er juin 2026)"))
        #expect(letter.contains("2. Décision de refus (8 septembre 2026)"))
        #expect(!letter.contains("3. "))
    }

    @Test func customFundUsesTheTypedNameAndAddress() throws {
        var dossier = frenchDossier()
        dossier.fund = FundChoice(
            organismId: FundChoice.otherId, customName: "Mutuelle des Œillets",
            customAddress: "12 rue des Lilas\n75011 Paris")
        let letter = try render(dossier, .complaint)
        #expect(letter.contains("Mutuelle des Œillets"))
        #expect(letter.contains("75011 Paris"))
        // A fund without delays of its own gets the route's (ACPR in France).
        #expect(letter.contains("10 jours ouvrables"))
    }

    @Test func controlCharactersAndEscapesNeverReachTheLetter() throws {
        var dossier = belgianDossier()
        dossier.dispute.facts =
            "Texte \u{1B}[31mrouge\u{1B}[0m et cloche\u{07} puis suite\r\nligne deux, avec assez de mots pour valider."
        let letter = try render(dossier, .complaint)
        #expect(!letter.contains("\u{1B}"))
        #expect(!letter.contains("\u{07}"))
        #expect(!letter.contains("\r"))
        #expect(letter.contains("ligne deux"))
    }

    @Test func specialCharactersAreKeptAsTyped() throws {
        var dossier = belgianDossier()
        dossier.dispute.expectations =
            "Rembourser 100 % des frais <urgents> & « vite » — merci d'avance ; œuvre, ça, à."
        let letter = try render(dossier, .complaint)
        #expect(letter.contains("Rembourser 100 % des frais <urgents> & « vite » — merci d'avance ; œuvre, ça, à."))
    }

    @Test func frenchFormalNoticeMentionsAFailedAmicableAttempt() throws {
        let letter = try render(frenchDossier(), .court)
        #expect(letter.contains("la tentative préalable de résolution amiable ayant échoué"))
        #expect(letter.contains("sans autre avis"))
    }

    /// Below CPC art. 750-1's threshold and before any mediation, the court comes after the amicable attempt: the
    /// letter does not threaten to seize it "sans autre avis" (tester).
    @Test func frenchFormalNoticeBeforeTheAmicableAttemptSaysItComesFirst() throws {
        var dossier = frenchDossier()
        dossier.stages.mediation = nil
        let letter = try render(dossier, .court).replacingOccurrences(of: "\n", with: " ")
        #expect(!letter.contains("sans autre avis"))
        #expect(!letter.contains("ayant échoué"))
        #expect(letter.contains("après la tentative de résolution amiable que l'article 750-1"))
    }
}

@Suite struct LetterTemplateTests {
    func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("recours-tpl-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func aUserTemplateReplacesTheShippedOne() throws {
        let user = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: user) }
        try "{{% CONTENT_TYPE: TEXT}}\nMa lettre à moi pour {{memberName}} & {{fund}}.\n"
            .write(to: user.appendingPathComponent("stage2-complaint.mustache"), atomically: true, encoding: .utf8)
        let templates = try LetterTemplates(shipped: Repo.resources.appendingPathComponent("templates"), user: user)
        let renderer = LetterRenderer(templates: templates, catalog: try Repo.catalog())
        #expect(
            renderer.render(belgianDossier(), stage: .complaint, date: letterDate)
                == "Ma lettre à moi pour Françoise Lemaître-Dubois & Partenamut.\n")
        // Other stages keep the shipped templates.
        #expect(renderer.render(belgianDossier(), stage: .mediation, date: letterDate).contains("Demande de médiation"))
    }

    @Test func anInvalidUserTemplateIsNamedInTheError() throws {
        let user = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: user) }
        let path = user.appendingPathComponent("header.mustache")
        try "{{#sender}} jamais fermé".write(to: path, atomically: true, encoding: .utf8)
        #expect {
            try LetterTemplates(shipped: Repo.resources.appendingPathComponent("templates"), user: user)
        } throws: { error in
            guard case .templateInvalid(let p, _) = error as? LetterError else { return false }
            return p == path.path && (error as! LetterError).message.contains("contient une erreur")
        }
    }

    @Test func everyShippedTemplateParses() throws {
        let templates = try LetterTemplates(shipped: Repo.resources.appendingPathComponent("templates"))
        try templates.parseAll()
        for language in LetterLanguage.allCases { #expect(templates.phrases(language) != nil) }
    }

    /// The shipped files are parsed when a letter of their language is first written: a damaged installation is
    /// found then, and the letter says what is wrong instead of being a blank page; the other languages still work.
    @Test func aBrokenShippedTemplateIsSaidInTheLetterOfItsLanguage() throws {
        let copy = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: copy) }
        let shipped = copy.appendingPathComponent("templates")
        try FileManager.default.copyItem(at: Repo.resources.appendingPathComponent("templates"), to: shipped)
        let broken = shipped.appendingPathComponent("nl/header.mustache")
        try "{{#sender}} nooit gesloten".write(to: broken, atomically: true, encoding: .utf8)
        let templates = try LetterTemplates(shipped: shipped)
        let renderer = LetterRenderer(templates: templates, catalog: try Repo.catalog())
        #expect(throws: LetterError.self) { try templates.parseAll() }
        var dutch = belgianDossier()
        dutch.letterLanguage = .dutch
        let letter = renderer.render(dutch, stage: .complaint, date: letterDate)
        #expect(letter.contains(broken.path))
        #expect(renderer.render(belgianDossier(), stage: .complaint, date: letterDate).contains("Partenamut"))
    }

    @Test func anInvalidUserPhrasesFileIsNamedAtOnce() throws {
        let user = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: user) }
        try FileManager.default.createDirectory(
            at: user.appendingPathComponent("fr"), withIntermediateDirectories: true)
        let path = user.appendingPathComponent("fr/phrases.json")
        try "{\"phrases\": [".write(to: path, atomically: true, encoding: .utf8)
        #expect {
            try LetterTemplates(shipped: Repo.resources.appendingPathComponent("templates"), user: user)
        } throws: { error in
            guard case .templateInvalid(let p, _) = error as? LetterError else { return false }
            return p == path.path
        }
    }

    @Test func aMissingTemplateIsReported() throws {
        let empty = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: empty) }
        #expect(throws: LetterError.self) { try LetterTemplates(shipped: empty) }
    }

    @Test func letterKindsPerStageAndRoute() {
        #expect(LetterKind.forStage(.court, route: .belgiumCompulsory) == .labourCourtPetition)
        #expect(LetterKind.forStage(.court, route: .belgiumComplementary) == .labourCourtPetition)
        #expect(LetterKind.forStage(.court, route: .belgiumHospitalisation) == .formalNotice)
        #expect(LetterKind.forStage(.court, route: .franceMutuelle) == .formalNotice)
        #expect(LetterKind.forStage(.mediation, route: .franceMutuelle) == .mediationReferral)
        for kind in LetterKind.allCases {
            #expect(
                FileManager.default.fileExists(
                    atPath: Repo.resources.appendingPathComponent("templates/fr/\(kind.templateName).mustache").path))
        }
    }
}

@Suite struct FrenchTypographyTests {
    @Test func spacesBeforeHighPunctuationAndInsideGuillemetsBecomeNoBreak() {
        let text = FrenchTypography.apply("Objet : refus ; pourquoi ? Merci ! « Refus maintenu » https://x.fr 14:30")
        #expect(
            text
                == "Objet\u{00A0}: refus\u{202F}; pourquoi\u{202F}? Merci\u{202F}! «\u{00A0}Refus maintenu\u{00A0}» "
                + "https://x.fr 14:30")
        // Nothing else changes, accents and other bytes included.
        #expect(FrenchTypography.apply("Éé çà — 486,40 €") == "Éé çà — 486,40 €")
        #expect(FrenchTypography.apply("") == "")
        #expect(FrenchTypography.apply(" ") == " ")
    }

    /// The pass as first written (byte by byte into a copy of the text): the reference for the one that copies
    /// runs between replacements.
    static func referenceApply(_ text: String) -> String {
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        var i = 0
        let n = bytes.count
        while i < n {
            let byte = bytes[i]
            if byte == 0x20, i + 1 < n {
                let next = bytes[i + 1]
                switch next {
                case UInt8(ascii: ":"):
                    out += FrenchTypography.nbsp
                    i += 1
                    continue
                case UInt8(ascii: ";"), UInt8(ascii: "!"), UInt8(ascii: "?"):
                    out += FrenchTypography.narrowNbsp
                    i += 1
                    continue
                case 0xC2 where i + 2 < n && bytes[i + 2] == 0xBB:
                    out += FrenchTypography.nbsp
                    i += 1
                    continue
                default:
                    break
                }
            }
            if byte == 0xC2, i + 2 < n, bytes[i + 1] == 0xAB, bytes[i + 2] == 0x20 {
                out += [0xC2, 0xAB] + FrenchTypography.nbsp
                i += 3
                continue
            }
            out.append(byte)
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    @Test func theRunCopyingPassGivesWhatTheByteByBytePassGave() {
        let pieces = [" ", ":", ";", "!", "?", "«", "»", "« ", " »", "a", "é", "€", "\n", "  ", "«\u{A0}", "14:30"]
        var state: UInt64 = 2026
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        for length in 0..<400 {
            var text = ""
            for _ in 0..<(length % 40) { text += pieces[next(pieces.count)] }
            let fast = FrenchTypography.apply(text)
            #expect(fast.utf8.elementsEqual(Self.referenceApply(text).utf8), "\(text.debugDescription)")
        }
    }

    @Test func noFrenchLetterLineStartsWithAClosingGuillemetOrEndsWithAnOpeningOne() throws {
        let renderer = try Repo.renderer()
        for stage in EscalationStage.allCases {
            for dossier in [belgianDossier(), frenchDossier()] {
                let letter = renderer.render(dossier, stage: stage, date: letterDate)
                for line in letter.split(separator: "\n") {
                    #expect(!line.hasPrefix("»") && !line.hasSuffix("«") && !line.hasPrefix(":"), "\(line)")
                }
                #expect(!letter.contains(" :") && !letter.contains(" ?") && !letter.contains("« "))
            }
        }
    }
}

/// The refusal named by its own date, the care by its own, amounts with their cents in each language's way.
@Suite struct LetterDatesAndAmountsTests {
    func phrases(_ language: LetterLanguage) throws -> LetterPhrases {
        let templates = try LetterTemplates(shipped: Repo.resources.appendingPathComponent("templates"))
        return try #require(templates.phrases(language))
    }

    @Test func theRefusalIsNamedByTheDecisionDateNeverByTheCareDate() throws {
        let p = try phrases(.french)
        var dispute = Dispute(
            subject: .refusedReimbursement, subjectDetail: "forfait optique", incidentDate: "12/03/2026",
            amount: "320", decisionDate: "20/03/2026")
        #expect(
            LetterContext.concerningPhrase(dispute, phrases: p)
                == "le refus de remboursement (forfait optique) du 20 mars 2026, relatif aux frais engagés le "
                + "12 mars 2026, pour un montant de 320,00\u{00A0}€")
        // No decision date: nothing is said of the refusal's date.
        dispute.decisionDate = ""
        let undated = LetterContext.concerningPhrase(dispute, phrases: p)
        #expect(undated.hasPrefix("le refus de remboursement (forfait optique), relatif aux frais engagés le"))
        #expect(!undated.contains("refus de remboursement (forfait optique) du"))
        // The same day for both (a médecin-conseil's decision): said once.
        dispute = Dispute(subject: .medicalAdviser, incidentDate: "30/09/2026", decisionDate: "30/09/2026")
        #expect(
            LetterContext.concerningPhrase(dispute, phrases: p)
                == "la décision du médecin-conseil du 30 septembre 2026")
        let nl = try phrases(.dutch)
        dispute = Dispute(subject: .refusedReimbursement, incidentDate: "18/08/2026", decisionDate: "08/09/2026")
        #expect(
            LetterContext.concerningPhrase(dispute, phrases: nl).replacingOccurrences(of: "\u{00A0}", with: " ")
                == "de weigering van terugbetaling van 8 september 2026, voor zorg of een aankoop van 18 augustus 2026")
    }

    @Test func amountsAreWrittenWithTheirCentsInTheLanguagesWay() throws {
        for typed in ["180", "180,00 €", "180.00", "180 €"] {
            let cents = try #require(AmountParser.cents(typed), "\(typed)")
            #expect(try phrases(.french).amount(cents: cents) == "180,00\u{00A0}€", "\(typed)")
            #expect(
                try phrases(.dutch).amount(cents: cents).replacingOccurrences(of: "\u{00A0}", with: " ") == "€ 180,00")
        }
        #expect(try phrases(.french).amount(cents: 125_050) == "1\u{202F}250,50\u{00A0}€")
    }
}

/// The petition accepts a complaint without its date (it never requires one): the fund's answer, if written down,
/// still has its place in the facts.
@Suite struct PetitionChronologyTests {
    @Test func anAnswerWithoutTheComplaintsDateIsStillSaid() throws {
        var dossier = belgianDossier()
        dossier.currentStage = .court
        dossier.stages.complaint?.date = ""
        dossier.stages.complaint?.answerDate = "02/10/2026"
        dossier.stages.complaint?.answerSummary = "La décision est maintenue."
        let letter = try Repo.renderer().render(dossier, stage: .court, date: letterDate)
        let flat = letter.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        #expect(flat.contains("Le 2 octobre 2026, Partenamut m'a répondu : « La décision est maintenue »."))
    }
}
