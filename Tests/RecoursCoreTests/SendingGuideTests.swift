import Foundation
import Testing

@testable import RecoursCore

/// The "Comment envoyer" step's channels per stage and route, and what recording a sending writes.
struct SendingGuideTests {
    static func example(_ name: String) throws -> Dossier {
        try DraftStore.load(TestSupport.packageRoot.appendingPathComponent("Examples/\(name).json"))
    }

    static func channels(_ guide: SendingGuide) -> [SendingChannel] { guide.options.map(\.channel) }

    @Test func aBelgianCompulsoryComplaintGoesRegisteredToTheComplaintsService() throws {
        let dossier = try Self.example("partenamut-kinesitherapie")
        let guide = SendingGuide(dossier: dossier, stage: .complaint, catalog: TestSupport.catalog)
        #expect(Self.channels(guide) == [.registeredLetter])
        let letter = try #require(guide.options.first)
        #expect(letter.target.contains("Boulevard Louis Mettewie 74-76"))
        #expect(letter.target.contains("1080 Bruxelles"))
        #expect(guide.plannedChannel == .registeredLetter)
    }

    /// The envelope is the letter's: a Dutch letter to CM's seat in Brussels goes to "Haachtsesteenweg", as printed.
    @Test func theAddressIsTheLettersLanguages() throws {
        var dossier = try Self.example("cm-gent-incapacite")
        dossier.currentStage = .complaint
        let guide = SendingGuide(dossier: dossier, stage: .complaint, catalog: TestSupport.catalog)
        let letter = try #require(guide.options.first { $0.channel == .registeredLetter })
        #expect(letter.target.contains { $0.contains("Haachtsesteenweg 579") })
        #expect(!letter.target.contains { $0.contains("Chaussée") })
        #expect(guide.recipientName == "CM Gezondheidsfonds")
    }

    @Test func partenamutsMediationIsReachedByEmailFirst() throws {
        var dossier = try Self.example("partenamut-kinesitherapie")
        dossier.currentStage = .mediation
        let guide = SendingGuide(dossier: dossier, stage: .mediation, catalog: TestSupport.catalog)
        #expect(Self.channels(guide) == [.email, .registeredLetter])
        #expect(guide.options[0].target == ["ombudsman@partenamut.be"])
        // The catalog has it from a 2016 page only: shown as to check.
        #expect(guide.options[0].unconfirmed)
        #expect(guide.plannedChannel == .email)
        let lines = guide.lines
        #expect(lines.contains { $0.contains("ombudsman@partenamut.be (à vérifier)") })
        #expect(lines.contains { $0.contains("l'e-mail envoyé") })
    }

    /// A court the catalog has no address for (the generic "Arbeidsrechtbank"): its registry is named in the
    /// petition's language, as the petition names it — the "Griffie" of a Dutch petition, the "Kanzlei" of a German
    /// one — and the French "Greffe" only in French.
    @Test func aTypedRegistryIsNamedInThePetitionsLanguage() throws {
        var dossier = try Self.example("cm-gent-incapacite")
        #expect(dossier.letterLanguage == .dutch)
        dossier.stages.court?.courtId = "tribunal-travail"
        dossier.stages.court?.location = "Gent"
        dossier.stages.court?.address = "Opgeëistenlaan 401\n9000 Gent"
        let resolver = RecipientResolver(catalog: TestSupport.catalog)
        let generic = try #require(TestSupport.catalog.organism(id: "tribunal-travail"))
        let address = ["Opgeëistenlaan 401", "9000 Gent"]
        let dutch = try #require(resolver.recipient(for: dossier, stage: .court, language: .dutch))
        let dutchRegistry = Texts.table(.dutch).text(
            "recipient.registry.at", [generic.name(in: .dutch).lowercased(), "Gent"])
        #expect(dutch.lines == [dutchRegistry] + address)
        #expect(!dutch.lines[0].contains("Greffe"))
        let german = try #require(resolver.recipient(for: dossier, stage: .court, language: .german))
        #expect(german.lines == ["\(generic.name(in: .german)) Gent", "Kanzlei"] + address)
        let french = try #require(resolver.recipient(for: dossier, stage: .court, language: .french))
        #expect(
            french.lines == [Texts.table(.french).text("recipient.registry.at", ["tribunal du travail", "Gent"])]
                + address)
        // "Comment envoyer" writes the envelope of the Dutch petition.
        let guide = SendingGuide(dossier: dossier, stage: .court, catalog: TestSupport.catalog)
        #expect(guide.recipientName == dutchRegistry)
        #expect(guide.options.allSatisfy { $0.target.first == dutchRegistry })
    }

    @Test func aLabourCourtPetitionIsFiledAtTheRegistryOrSentRegistered() throws {
        let dossier = try Self.example("caami-incapacite")
        let guide = SendingGuide(dossier: dossier, stage: .court, catalog: TestSupport.catalog)
        #expect(Self.channels(guide) == [.registryDeposit, .registeredLetter])
        // The registry's e-mail address (Ghent's is in the catalog) is no way to file a petition (art. 704 § 2).
        let ghent = SendingGuide(
            dossier: try Self.example("cm-gent-incapacite"), stage: .court, catalog: TestSupport.catalog)
        #expect(Self.channels(ghent) == [.registryDeposit, .registeredLetter])
        let deposit = guide.options[0]
        #expect(deposit.target.first?.lowercased().contains("greffe") == true)
        #expect(deposit.channel.proof.contains("cachetée par le greffe"))
    }

    @Test func aFrenchMediatorsOnlineFormComesFirst() throws {
        let dossier = try Self.example("identites-mutuelle-optique")
        let guide = SendingGuide(dossier: dossier, stage: .mediation, catalog: TestSupport.catalog)
        #expect(Self.channels(guide).first == .onlineForm)
        #expect(guide.options[0].target == ["https://www.cnpm-mediation-consommation.eu"])
        #expect(Self.channels(guide).contains(.registeredLetter))
    }

    @Test func anUnknownRecipientSaysWhatToChooseFirst() {
        let dossier = Dossier(id: "x", createdAt: Date(timeIntervalSince1970: 0))
        let guide = SendingGuide(dossier: dossier, stage: .complaint, catalog: TestSupport.catalog)
        #expect(guide.options.isEmpty)
        #expect(guide.lines == [Texts.text("linear.send.unknown")])
    }

    @Test func recordingASendingSetsTheStagesDateAndModeAndTheTimelineNextStep() throws {
        var dossier = try Self.example("partenamut-kinesitherapie")
        dossier.currentStage = .mediation
        // The mediator is seized after a written complaint: the timeline shows the mediation only then.
        dossier.stages.complaint = ComplaintRecord(date: "01/10/2026", mode: .registeredLetter)
        dossier.stages.mediation = nil
        dossier.recordSending(stage: .mediation, date: "20/11/2026", channel: .email)
        var expected = MediationRecord(date: "20/11/2026")
        expected.mode = .email
        #expect(dossier.stages.mediation == expected)
        #expect(dossier.sending(of: .mediation) == StageSending(date: "20/11/2026", channel: .email))
        let lines = SendingGuide.followUp(
            dossier: dossier, stage: .mediation, catalog: TestSupport.catalog, today: TestSupport.today)
        let timeline = Timeline(dossier: dossier, catalog: TestSupport.catalog, today: TestSupport.today)
        guard case .waitUntil = timeline.nextStep.when else {
            Issue.record("the mediator's answer is not awaited: \(timeline.nextStep)")
            return
        }
        #expect(lines.contains("Prochaine étape : " + timeline.nextStep.summary))
        let answer = try #require(timeline.entries.first { $0.stage == .mediation && $0.kind == .answer })
        #expect(lines.contains { $0.hasPrefix(answer.title) }, "\(lines)")
    }

    @Test func recordingAComplaintKeepsItsOtherFields() throws {
        var dossier = try Self.example("partenamut-kinesitherapie")
        let before = dossier.stages.complaint
        dossier.recordSending(stage: .complaint, date: "21/11/2026", channel: .email)
        #expect(dossier.stages.complaint?.date == "21/11/2026")
        #expect(dossier.stages.complaint?.mode == .email)
        #expect(dossier.stages.complaint?.reference == before?.reference)
        #expect(dossier.stages.complaint?.answerSummary == before?.answerSummary)
    }

    @Test func aFiledPetitionChangesTheNextStep() throws {
        var dossier = try Self.example("caami-incapacite")
        dossier.recordSending(stage: .court, date: "20/11/2026", channel: .registryDeposit)
        #expect(dossier.stages.court?.date == "20/11/2026")
        #expect(dossier.stages.court?.mode == .registryDeposit)
        let timeline = Timeline(dossier: dossier, catalog: TestSupport.catalog, today: TestSupport.today)
        #expect(timeline.nextStep.text == Texts.text("timeline.next.petitionFiled", "20 novembre 2026"))
    }

    @Test func theSendingDateIsARealDateNotInTheFuture() {
        let today = TestSupport.today
        #expect(SendingGuide.parseDate("22/11/2026", today: today) == .success(today))
        #expect(SendingGuide.parseDate("23/11/2026", today: today) == .failure(.future))
        #expect(SendingGuide.parseDate("01/01/1899", today: today) == .failure(.tooOld))
        guard case .failure(.unreadable) = SendingGuide.parseDate("31/02/2026", today: today) else {
            Issue.record("31/02/2026 accepted")
            return
        }
    }

    @Test func theLettersDateIsTheSendingDateOnceSent() throws {
        var dossier = try Self.example("partenamut-kinesitherapie")
        dossier.stages.mediation = nil
        #expect(dossier.letterDate(of: .mediation, today: TestSupport.today) == TestSupport.today)
        dossier.recordSending(stage: .mediation, date: "02/11/2026", channel: .email)
        #expect(dossier.letterDate(of: .mediation, today: TestSupport.today) == TestSupport.date(2026, 11, 2))
    }

    /// A draft written before the sending keys (no `mode` in mediation, no `date` / `mode` in court) still reads.
    @Test func anOldDraftWithoutTheSendingKeysStillReads() throws {
        let json = """
            {"schemaVersion": 1, "id": "old", "title": "", "createdAt": "2026-09-15T18:02:11Z", "updatedAt": "2026-09-15T18:02:11Z",
             "fund": {"organismId": "partenamut", "customName": "", "customAddress": ""},
             "member": {"civility": "", "firstName": "", "lastName": "", "street": "", "addressComplement": "",
                        "postalCode": "", "city": "", "email": "", "phone": "", "memberNumber": "", "nationalNumber": ""},
             "dispute": {"subject": "delay", "subjectDetail": "", "incidentDate": "", "amount": "", "decisionDate": "",
                         "decisionReference": "", "facts": "", "whyUnsatisfied": "", "expectations": "", "attachments": []},
             "stages": {"mediation": {"date": "13/10/2026", "mediatorId": "", "reference": "", "outcome": ""},
                        "court": {"courtId": "", "location": "", "address": "", "decisionDate": "",
                                  "decisionReference": "", "outcome": ""}},
             "currentStage": 3}
            """
        let dossier = try DraftStore.decode(Data(json.utf8), path: "old.json")
        #expect(dossier.stages.mediation?.mode == nil)
        #expect(dossier.stages.court?.date == nil)
        #expect(dossier.sending(of: .mediation) == StageSending(date: "13/10/2026", channel: nil))
    }
}
