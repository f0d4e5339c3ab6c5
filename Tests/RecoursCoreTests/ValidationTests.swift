import Foundation
import Testing

@testable import RecoursCore

// MARK: - Fixtures

/// The field and severity of an issue: what the tests compare (messages are only checked to be French sentences).
struct IssueKey: Hashable, CustomStringConvertible {
    let field: Field
    let severity: Severity

    init(_ field: Field, _ severity: Severity) {
        self.field = field
        self.severity = severity
    }

    static func error(_ field: Field) -> Self { Self(field, .error) }
    static func warning(_ field: Field) -> Self { Self(field, .warning) }

    var description: String { "\(severity.rawValue) \(field.path)" }
}

/// Fully valid dossiers, one per country and stage, and a validator with a fixed today (Sunday 22 November 2026).
enum Fixtures {
    static let knownFile = "/home/membre/documents/decision.pdf"
    static let knownFiles: Set<String> = [knownFile, "/home/membre/documents/facture.pdf"]

    static let validator = DossierValidator(
        catalog: confirmedCatalog, today: TestSupport.today, fileExists: { knownFiles.contains($0) })

    /// The shipped catalog with the fixtures' two funds marked confirmed: the rules tested here must not change
    /// with the research status of those addresses (`unconfirmedAddressOfTheFundIsAWarning` tests that warning).
    static let confirmedCatalog: OrganismCatalog = {
        var catalog = TestSupport.catalog
        for index in catalog.organisms.indices
        where ["partenamut", "identites-mutuelle"].contains(catalog.organisms[index].id) {
            catalog.organisms[index].contact.unconfirmed = nil
            catalog.organisms[index].customerService?.unconfirmed = nil
            catalog.organisms[index].complaints?.unconfirmed = nil
        }
        return catalog
    }()

    static let created = Date(timeIntervalSince1970: 1_770_000_000)

    static let facts =
        "Le 25 septembre 2026, la mutualité a refusé de rembourser ma séance de kinésithérapie prescrite par mon médecin traitant."
    static let expectations = "Je demande le remboursement de la séance."

    /// Partenamut, compulsory insurance (AMI decision), with the records of every stage up to `stage`.
    static func belgian(_ stage: EscalationStage) -> Dossier {
        var stages = StageRecords(
            contact: ContactRecord(
                date: "05/10/2026", channel: .phone, reference: "Conseiller Dupont", answer: "Refus confirmé oralement."
            ))
        if stage == .complaint {
            stages.complaint = ComplaintRecord(date: "", mode: .registeredLetter)
        }
        if stage >= .mediation {
            stages.complaint = ComplaintRecord(
                date: "12/10/2026", mode: .registeredLetter, reference: "PL-2026-118", answerDate: "30/10/2026",
                answerSummary: "La mutualité maintient son refus.")
        }
        if stage == .mediation {
            stages.mediation = MediationRecord()
        }
        if stage == .court {
            stages.mediation = MediationRecord(date: "05/11/2026", reference: "OMB-77", outcome: "Refus maintenu.")
            // The French-speaking Brussels court, chosen (the member lives in Brussels, where both courts sit).
            stages.court = CourtRecord(courtId: "tt-bruxelles-fr")
        }
        return Dossier(
            id: "be\(stage.rawValue)", title: "Kiné", createdAt: created, country: .belgium,
            disputeKind: .compulsoryInsurance, fund: FundChoice(organismId: "partenamut"),
            member: Member(
                civility: .madame, firstName: "Françoise", lastName: "D’Hondt", street: "Rue de la Loi 16",
                postalCode: "1000", city: "Bruxelles", email: "francoise.dhondt@example.be", phone: "+32 2 123 45 67",
                memberNumber: "123-4567-89", nationalNumber: "85.07.30-033.28"),
            dispute: Dispute(
                subject: .refusedReimbursement, incidentDate: "25/09/2026", amount: "1 234,56",
                decisionDate: "01/10/2026",
                decisionReference: "DEC-42", facts: facts,
                whyUnsatisfied: "Le refus ne tient pas compte de la prescription.",
                expectations: expectations,
                attachments: [Attachment(description: "Décision de refus", date: "01/10/2026", path: knownFile)]),
            stages: stages, currentStage: stage)
    }

    /// The same member, for an advantage of Partenamut (route belgiumComplementary: OCM, labour court).
    static func belgianComplementary(_ stage: EscalationStage) -> Dossier {
        var dossier = belgian(stage)
        dossier.disputeKind = .complementaryInsurance
        dossier.dispute.decisionDate = ""
        return dossier
    }

    /// The same member, for Partenamut's hospitalisation insurance (route belgiumHospitalisation: civil courts).
    static func belgianHospitalisation(_ stage: EscalationStage) -> Dossier {
        var dossier = belgian(stage)
        dossier.disputeKind = .hospitalisationInsurance
        dossier.dispute.decisionDate = ""
        if stage == .court { dossier.stages.court?.courtId = "tribunal-premiere-instance" }
        return dossier
    }

    /// Identités Mutuelle, France, with the records of every stage up to `stage`.
    static func french(_ stage: EscalationStage) -> Dossier {
        var stages = StageRecords(
            contact: ContactRecord(
                date: "10/03/2026", channel: .onlineForm, reference: "Demande 5531",
                answer: "Dossier incomplet selon eux."))
        if stage == .complaint {
            stages.complaint = ComplaintRecord(date: "", mode: .registeredLetter)
        }
        if stage >= .mediation {
            stages.complaint = ComplaintRecord(
                date: "01/04/2026", mode: .registeredLetter, reference: "R-889", answerDate: "15/05/2026",
                answerSummary: "La mutuelle maintient son refus.")
        }
        if stage == .mediation {
            stages.mediation = MediationRecord()
        }
        if stage == .court {
            stages.mediation = MediationRecord(
                date: "01/06/2026", reference: "MCD-12", outcome: "Échec de la médiation.")
            stages.court = CourtRecord(
                courtId: "tribunal-judiciaire", location: "Paris", address: "Parvis du Tribunal de Paris\n75017 Paris")
        }
        return Dossier(
            id: "fr\(stage.rawValue)", title: "Lunettes", createdAt: created, country: .france,
            fund: FundChoice(organismId: "identites-mutuelle"),
            member: Member(
                civility: .monsieur, firstName: "Jean-Loïc", lastName: "Le Bœuf", street: "12 rue des Dames",
                addressComplement: "Bâtiment B", postalCode: "75017", city: "Paris", email: "jl.leboeuf@example.fr",
                phone: "06 12 34 56 78", memberNumber: "IM 2024/55.871", nationalNumber: "2 95 10 99 126 111 93"),
            dispute: Dispute(
                subject: .refusedReimbursement, incidentDate: "02/03/2026", amount: "1 234,56", facts: facts,
                whyUnsatisfied: "Toutes les pièces ont été envoyées.", expectations: expectations,
                attachments: [
                    Attachment(description: "Facture de l'opticien", date: "02/03/2026", path: knownFile),
                    Attachment(description: "Règlement mutualiste"),
                ]),
            stages: stages, currentStage: stage)
    }

    static func modified(_ dossier: Dossier, _ change: (inout Dossier) -> Void) -> Dossier {
        var copy = dossier
        change(&copy)
        return copy
    }
}

/// Helpers shared by the validation suites.
protocol ValidationChecks {}

extension ValidationChecks {
    var validator: DossierValidator { Fixtures.validator }

    /// The issues of the dossier (at its current stage), as field + severity; every message must be French.
    func keys(_ dossier: Dossier, validator: DossierValidator = Fixtures.validator) -> Set<IssueKey> {
        let issues = validator.issues(in: dossier)
        for issue in issues {
            #expect(TestSupport.isFrenchSentence(issue.message), "not a French sentence: \(issue.message)")
        }
        return Set(issues.map { IssueKey($0.field, $0.severity) })
    }

    /// The issues that `change` adds to a dossier.
    func added(
        _ base: Dossier, validator: DossierValidator = Fixtures.validator, _ change: (inout Dossier) -> Void
    ) -> Set<IssueKey> {
        keys(Fixtures.modified(base, change), validator: validator).subtracting(keys(base, validator: validator))
    }

    /// The issues of one field after `change`.
    func issues(_ base: Dossier, field: Field, _ change: (inout Dossier) -> Void) -> [ValidationIssue] {
        validator.issues(in: Fixtures.modified(base, change), field: field)
    }

    func errors(_ dossier: Dossier) -> [ValidationIssue] {
        validator.issues(in: dossier).filter { $0.severity == .error }
    }
}

// MARK: - The valid dossiers

@Suite struct ValidDossierTests: ValidationChecks {
    @Test(arguments: EscalationStage.allCases)
    func belgianDossierHasNoError(stage: EscalationStage) {
        let dossier = Fixtures.belgian(stage)
        #expect(errors(dossier).isEmpty, "\(errors(dossier))")
        #expect(validator.canExport(dossier))
        // The only warning is the reminder of the 3-month court deadline, from the written complaint on.
        let expected: Set<IssueKey> = stage >= .complaint ? [.warning(.decisionDate)] : []
        #expect(keys(dossier) == expected)
    }

    @Test(arguments: EscalationStage.allCases)
    func belgianComplementaryDossierHasNoIssue(stage: EscalationStage) {
        let dossier = Fixtures.belgianComplementary(stage)
        // At stage 4 the petition asks for the date of the contested decision, if there is one.
        #expect(keys(dossier) == (stage == .court ? [.warning(.decisionDate)] : []))
    }

    @Test(arguments: EscalationStage.allCases)
    func frenchDossierHasNoIssue(stage: EscalationStage) {
        let dossier = Fixtures.french(stage)
        #expect(keys(dossier) == [], "\(validator.issues(in: dossier))")
        #expect(validator.canExport(dossier))
    }

    @Test func stageDefaultsToTheCurrentOne() {
        var dossier = Fixtures.belgian(.customerService)
        dossier.dispute.attachments = []
        #expect(validator.canExport(dossier))
        #expect(!validator.canExport(dossier, stage: .complaint))
        #expect(validator.issues(in: dossier, for: .complaint).contains { $0.field == .attachments })
        #expect(!validator.issues(in: dossier).contains { $0.field == .attachments })
    }

    @Test func errorsComeBeforeWarnings() {
        let dossier = Fixtures.modified(Fixtures.belgian(.court)) {
            $0.member.street = "Rue de la Loi"  // warning
            $0.member.firstName = ""  // error
            $0.dispute.amount = "0"  // warning
            $0.member.email = "pas-une-adresse"  // error
        }
        let severities = validator.issues(in: dossier).map(\.severity)
        #expect(severities.contains(.error) && severities.contains(.warning))
        #expect(severities == severities.sorted(by: >))
    }

    @Test func issuesOfOneField() {
        let dossier = Fixtures.modified(Fixtures.french(.complaint)) {
            $0.member.email = "x"
            $0.member.phone = "12"
        }
        let email = validator.issues(in: dossier, field: .email)
        #expect(email.count == 1)
        #expect(email.allSatisfy { $0.field == .email && $0.severity == .error })
        #expect(validator.issues(in: dossier, field: .city).isEmpty)
    }

    /// The example of a well-formed address is in the dossier's country.
    @Test func theEmailExampleIsOfTheDossiersCountry() {
        func message(_ dossier: Dossier) -> String {
            let typed = Fixtures.modified(dossier) { $0.member.email = "jean.dupont" }
            return validator.issues(in: typed, field: .email).first?.message ?? ""
        }
        #expect(message(Fixtures.french(.complaint)).contains("nom@exemple.fr"))
        #expect(message(Fixtures.belgian(.complaint)).contains("nom@exemple.be"))
    }

    @Test func issueDescriptionNamesFieldPathAndSeverity() {
        let issue = ValidationIssue.error(.attachmentDate(2), "La date est fausse.")
        #expect(issue.description.contains("dispute.attachments[2].date"))
        #expect(issue.description.contains("Pièce 3 : date"))
        #expect(issue.description.contains("erreur"))
        #expect(Severity.error > Severity.warning)
    }
}

// MARK: - Country, kind of dispute, fund

@Suite struct FundRuleTests: ValidationChecks {
    @Test func countryIsRequired() {
        #expect(added(Fixtures.belgian(.customerService)) { $0.country = nil } == [.error(.country)])
        #expect(added(Fixtures.french(.customerService)) { $0.country = nil } == [.error(.country)])
    }

    @Test func belgiumNeedsTheKindOfDispute() {
        #expect(added(Fixtures.belgian(.customerService)) { $0.disputeKind = nil } == [.error(.disputeKind)])
        // France has a single route: no kind needed.
        #expect(added(Fixtures.french(.customerService)) { $0.disputeKind = nil } == [])
    }

    @Test func fundIsRequired() {
        #expect(added(Fixtures.belgian(.customerService)) { $0.fund = FundChoice() } == [.error(.fund)])
        #expect(added(Fixtures.belgian(.customerService)) { $0.fund.organismId = "   " } == [.error(.fund)])
    }

    @Test func fundMustBeInTheCatalog() {
        #expect(
            added(Fixtures.belgian(.customerService)) { $0.fund.organismId = "mutuelle-inconnue" } == [.error(.fund)])
    }

    @Test func fundMustBeAFund() {
        for id in ["partenamut-mediation", "tribunal-travail", "ocm", "unml-medecin-coordinateur"] {
            #expect(added(Fixtures.belgian(.customerService)) { $0.fund.organismId = id } == [.error(.fund)], "\(id)")
        }
    }

    @Test func fundMustBeOfTheCountry() {
        #expect(
            added(Fixtures.belgian(.customerService)) { $0.fund.organismId = "identites-mutuelle" } == [.error(.fund)])
        #expect(added(Fixtures.french(.customerService)) { $0.fund.organismId = "partenamut" } == [.error(.fund)])
        #expect(
            added(Fixtures.belgian(.customerService)) { $0.fund.organismId = "caami" }.allSatisfy {
                $0.severity == .warning
            })
    }

    @Test func unconfirmedAddressOfTheFundIsAWarning() throws {
        var catalog = Fixtures.confirmedCatalog
        let index = try #require(catalog.organisms.firstIndex { $0.id == "partenamut" })
        catalog.organisms[index].customerService?.unconfirmed = true
        let validator = DossierValidator(catalog: catalog, today: TestSupport.today, fileExists: { _ in true })
        let stage1 = Fixtures.belgian(.customerService)
        #expect(keys(stage1, validator: validator) == [.warning(.fund)])
        // Stage 2 writes to the complaints service, which is confirmed.
        #expect(!keys(Fixtures.belgian(.complaint), validator: validator).contains(.warning(.fund)))
    }

    @Test func customFundNeedsNameAndTwoAddressLines() {
        let base = Fixtures.modified(Fixtures.belgian(.customerService)) {
            $0.fund = FundChoice(
                organismId: FundChoice.otherId, customName: "Mutualité Exemple",
                customAddress: "Rue du Commerce 3\n1000 Bruxelles")
        }
        #expect(keys(base) == [])
        #expect(added(base) { $0.fund.customName = "" } == [.error(.fundName)])
        #expect(added(base) { $0.fund.customName = "  " } == [.error(.fundName)])
        #expect(added(base) { $0.fund.customAddress = "" } == [.error(.fundAddress)])
        #expect(added(base) { $0.fund.customAddress = "Rue du Commerce 3" } == [.error(.fundAddress)])
        #expect(added(base) { $0.fund.customAddress = "Rue du Commerce 3\n\n   \n" } == [.error(.fundAddress)])
        #expect(added(base) { $0.fund.customAddress = "Rue du Commerce 3\n\n1000 Bruxelles\n" } == [])
    }
}

// MARK: - Member

@Suite struct MemberRuleTests: ValidationChecks {
    static let nameFields: [Field] = [.firstName, .lastName]

    static func setName(_ field: Field, _ value: String) -> (inout Dossier) -> Void {
        { dossier in
            if field == .firstName { dossier.member.firstName = value } else { dossier.member.lastName = value }
        }
    }

    @Test(
        arguments: nameFields,
        [
            "Françoise", "D’Hondt", "Le Bœuf", "O'Brien", "Jean-Pierre", "Van der Elst", "St. Clair", "Zoë", "Łukasz",
            "Müller", "Ñúñez", "Ødegaard", "Ana María",
        ])
    func acceptedNames(field: Field, name: String) {
        #expect(added(Fixtures.belgian(.customerService), Self.setName(field, name)) == [], "\(name)")
    }

    @Test(
        arguments: nameFields,
        [
            "", "   ", "123", "Jean2", "Jean_Pierre", "Jean@", "Dupont, Marie", "Jean 😀", "---", "Marie (Mme)", "A+B",
            "Ana²",
        ])
    func refusedNames(field: Field, name: String) {
        #expect(added(Fixtures.belgian(.customerService), Self.setName(field, name)) == [.error(field)], "\(name)")
    }

    @Test func streetIsRequiredAndShouldHaveANumber() {
        let base = Fixtures.belgian(.customerService)
        #expect(added(base) { $0.member.street = "" } == [.error(.street)])
        #expect(added(base) { $0.member.street = "Rue de la Loi" } == [.warning(.street)])
        #expect(added(base) { $0.member.street = "Rue de la Loi 16 bte 3" } == [])
    }

    @Test(arguments: ["1000", "1080", "9990", " 4000 "])
    func belgianPostalCodes(code: String) {
        #expect(added(Fixtures.belgian(.customerService)) { $0.member.postalCode = code } == [])
    }

    @Test(arguments: ["", "0100", "100", "10000", "75017", "1O00", "B-1000", "10 00", "１０００"])
    func badBelgianPostalCodes(code: String) {
        #expect(added(Fixtures.belgian(.customerService)) { $0.member.postalCode = code } == [.error(.postalCode)])
    }

    @Test(arguments: ["75017", "01000", "97400", "20000", "98000", "95880"])
    func frenchPostalCodes(code: String) {
        #expect(added(Fixtures.french(.customerService)) { $0.member.postalCode = code } == [])
    }

    @Test(arguments: ["", "7501", "750170", "1000", "2A004", "75 017", "F-75017", "99999", "00100", "96100"])
    func badFrenchPostalCodes(code: String) {
        #expect(added(Fixtures.french(.customerService)) { $0.member.postalCode = code } == [.error(.postalCode)])
    }

    @Test func postalCodeWithoutCountryTakesFourOrFiveDigits() {
        let base = Fixtures.modified(Fixtures.belgian(.customerService)) { $0.country = nil }
        #expect(added(base) { $0.member.postalCode = "75017" } == [])
        #expect(added(base) { $0.member.postalCode = "123" } == [.error(.postalCode)])
        #expect(added(base) { $0.member.postalCode = "123456" } == [.error(.postalCode)])
    }

    @Test func cityIsRequiredWithoutDigits() {
        let base = Fixtures.french(.customerService)
        #expect(added(base) { $0.member.city = "" } == [.error(.city)])
        #expect(added(base) { $0.member.city = "75017 Paris" } == [.warning(.city)])
        #expect(added(base) { $0.member.city = "Saint-Étienne-du-Rouvray" } == [])
    }

    @Test(arguments: ["", "marie@example.be", "m.dupont+recours@mail.example.fr", "a@b.c", "  x@y.fr  "])
    func acceptedEmails(email: String) {
        #expect(added(Fixtures.belgian(.customerService)) { $0.member.email = email } == [])
    }

    @Test(arguments: [
        "marie.example.be", "marie@example", "@example.be", "marie@.example.be", "marie@example.be.",
        "marie dupont@example.be",
        "marie@example..be", "marie@exa@mple.be", "marie@",
    ])
    func refusedEmails(email: String) {
        #expect(added(Fixtures.belgian(.customerService)) { $0.member.email = email } == [.error(.email)])
    }

    @Test(arguments: [
        "", "+32 2 123 45 67", "02/123.45.67", "(0)2 123 45 67", "0612345678", "+33 (0)6-12-34-56-78", "12345678",
    ])
    func acceptedPhones(phone: String) {
        #expect(added(Fixtures.belgian(.customerService)) { $0.member.phone = phone } == [])
    }

    @Test(arguments: [
        "123 45", "1234567", "1234567890123456", "+32 2 123 45 6x", "02 123 45 67 poste 3", "０２１２３４５６７", "02#1234567",
    ])
    func refusedPhones(phone: String) {
        #expect(added(Fixtures.belgian(.customerService)) { $0.member.phone = phone } == [.error(.phone)])
    }

    @Test(arguments: [
        "123", "123-4567-89", "FR 12.345/6", "AB12", "123456789012345678901234567890", "  0042  ", "a1b",
    ])
    func acceptedMemberNumbers(number: String) {
        #expect(added(Fixtures.belgian(.customerService)) { $0.member.memberNumber = number } == [])
        #expect(added(Fixtures.french(.customerService)) { $0.member.memberNumber = number } == [])
    }

    @Test(arguments: [
        "", "   ", "12", "1", "1234567890123456789012345678901", "AB_123", "abc-def", "ABC", "é123", "12#4", "12,345",
        "N° 123",
    ])
    func refusedMemberNumbers(number: String) {
        #expect(
            added(Fixtures.belgian(.customerService)) { $0.member.memberNumber = number } == [.error(.memberNumber)])
        #expect(added(Fixtures.french(.customerService)) { $0.member.memberNumber = number } == [.error(.memberNumber)])
    }

    @Test(arguments: ["", "85073003328", "85.07.30-033.28", "85 07 30 033 28", "17073003384"])
    func belgianNationalNumberAccepted(number: String) {
        #expect(added(Fixtures.belgian(.customerService)) { $0.member.nationalNumber = number } == [])
    }

    @Test(arguments: ["85073003329", "8507300332", "8507300332A", "85133003328", "2 95 10 99 126 111 93"])
    func belgianNationalNumberRefused(number: String) {
        #expect(
            added(Fixtures.belgian(.customerService)) { $0.member.nationalNumber = number } == [.error(.nationalNumber)]
        )
    }

    @Test(arguments: ["", "2 95 10 99 126 111 93", "295109912611193", "1 85 05 2A 004 012 70"])
    func frenchNationalNumberAccepted(number: String) {
        #expect(added(Fixtures.french(.customerService)) { $0.member.nationalNumber = number } == [])
    }

    @Test(arguments: ["2 95 10 99 126 111 94", "85073003328", "2 95 10 99 126 111", "2 95 10 XX 126 111 93"])
    func frenchNationalNumberRefused(number: String) {
        #expect(
            added(Fixtures.french(.customerService)) { $0.member.nationalNumber = number } == [.error(.nationalNumber)])
    }

    @Test func nationalNumberMessageNamesTheRightNumber() {
        let belgian = issues(Fixtures.belgian(.customerService), field: .nationalNumber) {
            $0.member.nationalNumber = "85073003329"
        }
        #expect(belgian.count == 1 && belgian[0].message.contains("NISS"))
        let french = issues(Fixtures.french(.customerService), field: .nationalNumber) {
            $0.member.nationalNumber = "85073003328"
        }
        #expect(french.count == 1 && french[0].message.contains("NIR"))
    }

    @Test func nationalNumberRequiredForTheLabourCourtOnly() {
        for stage in [EscalationStage.customerService, .complaint, .mediation] {
            #expect(added(Fixtures.belgian(stage)) { $0.member.nationalNumber = "" } == [], "\(stage)")
        }
        #expect(added(Fixtures.belgian(.court)) { $0.member.nationalNumber = "" } == [.error(.nationalNumber)])
        #expect(
            added(Fixtures.belgianComplementary(.court)) { $0.member.nationalNumber = "" } == [.error(.nationalNumber)])
        #expect(added(Fixtures.belgianHospitalisation(.court)) { $0.member.nationalNumber = "" } == [])
        #expect(added(Fixtures.french(.court)) { $0.member.nationalNumber = "" } == [])
    }

    @Test func nationalNumberIsNotCheckedWithoutCountry() {
        #expect(
            added(Fixtures.belgian(.customerService)) {
                $0.country = nil
                $0.member.nationalNumber = "n'importe quoi"
            } == [.error(.country)])
    }
}

// MARK: - Dispute

@Suite struct DisputeRuleTests: ValidationChecks {
    @Test func subjectIsRequired() {
        #expect(added(Fixtures.belgian(.customerService)) { $0.dispute.subject = nil } == [.error(.subject)])
    }

    @Test func otherSubjectNeedsADetail() {
        let base = Fixtures.belgian(.customerService)
        #expect(added(base) { $0.dispute.subject = .other } == [.error(.subjectDetail)])
        #expect(
            added(base) {
                $0.dispute.subject = .other
                $0.dispute.subjectDetail = "   "
            } == [.error(.subjectDetail)])
        #expect(
            added(base) {
                $0.dispute.subject = .other
                $0.dispute.subjectDetail = "Frais de dossier facturés deux fois"
            } == [])
        for subject in DisputeSubject.allCases where subject != .other {
            #expect(added(base) { $0.dispute.subject = subject } == [], "\(subject)")
        }
    }

    @Test(arguments: [
        "", "  ", "31/02/2026", "23/11/2026", "01/01/2027", "31/12/1899", "01/01/1066", "hier", "2026/09/25",
    ])
    func badIncidentDates(text: String) {
        #expect(added(Fixtures.belgian(.customerService)) { $0.dispute.incidentDate = text } == [.error(.incidentDate)])
        #expect(added(Fixtures.french(.complaint)) { $0.dispute.incidentDate = text } == [.error(.incidentDate)])
    }

    @Test(arguments: ["22/11/2026", "2026-11-22", "01/01/1900", "1/1/2000", "25.09.2026"])
    func acceptedIncidentDates(text: String) {
        #expect(
            issues(Fixtures.belgian(.customerService), field: .incidentDate) { $0.dispute.incidentDate = text }.isEmpty)
    }

    @Test func incidentDateMessagesComeFromTheDateParser() {
        let found = issues(Fixtures.belgian(.customerService), field: .incidentDate) {
            $0.dispute.incidentDate = "31/02/2026"
        }
        #expect(found.map(\.message) == [DateParseError.notARealDate("31/02/2026").message])
    }

    @Test func amount() {
        let base = Fixtures.belgian(.customerService)
        #expect(added(base) { $0.dispute.amount = "" } == [])
        #expect(added(base) { $0.dispute.amount = "1.234,56 €" } == [])
        #expect(added(base) { $0.dispute.amount = "80 EUR" } == [])
        #expect(added(base) { $0.dispute.amount = "abc" } == [.error(.amount)])
        #expect(added(base) { $0.dispute.amount = "1.2.3" } == [.error(.amount)])
        #expect(added(base) { $0.dispute.amount = "-50" } == [.error(.amount)])
        #expect(added(base) { $0.dispute.amount = "0" } == [.warning(.amount)])
        #expect(added(base) { $0.dispute.amount = "0,00 €" } == [.warning(.amount)])
    }

    @Test func decisionDateMustBeARealPastDate() {
        let base = Fixtures.french(.customerService)
        #expect(added(base) { $0.dispute.decisionDate = "31/04/2026" } == [.error(.decisionDate)])
        #expect(added(base) { $0.dispute.decisionDate = "01/12/2026" } == [.error(.decisionDate)])
        #expect(added(base) { $0.dispute.decisionDate = "05/03/2026" } == [])
    }

    @Test func factsNeedTenWords() {
        let base = Fixtures.belgian(.customerService)
        #expect(added(base) { $0.dispute.facts = "" } == [.error(.facts)])
        #expect(added(base) { $0.dispute.facts = "  \n " } == [.error(.facts)])
        #expect(added(base) { $0.dispute.facts = "Refus." } == [.error(.facts)])
        #expect(added(base) { $0.dispute.facts = "un deux trois quatre cinq six sept huit neuf" } == [.error(.facts)])
        #expect(added(base) { $0.dispute.facts = "un deux trois quatre cinq six sept huit neuf dix" } == [])
        #expect(added(base) { $0.dispute.facts = "un, deux, trois, quatre, cinq, six, sept, huit, neuf, dix." } == [])
        #expect(added(base) { $0.dispute.facts = "… … … … … … … … … … … …" } == [.error(.facts)])
    }

    @Test func expectationsNeedThreeWords() {
        // An old draft's shared text is the stage's request until the stage has its own.
        let base = Fixtures.french(.customerService)
        let request = Field.stageText(.request, .customerService)
        #expect(added(base) { $0.dispute.expectations = "" } == [.error(request)])
        #expect(added(base) { $0.dispute.expectations = "Rembourser." } == [.error(request)])
        #expect(added(base) { $0.dispute.expectations = "Le remboursement" } == [.error(request)])
        #expect(added(base) { $0.dispute.expectations = "Le remboursement intégral" } == [])
        // The stage's own text wins over the shared one, and is checked at its own stage.
        #expect(added(base) { $0[request] = "Rembourser." } == [.error(request)])
        #expect(
            added(base) { (d: inout Dossier) in
                d.dispute.expectations = ""
                d[request] = "Réexaminer mon dossier."
            } == [])
        let complaint = Fixtures.french(.complaint)
        #expect(
            added(complaint) { (d: inout Dossier) in d.setOwnText(.request, of: .complaint, to: "Payer.") }
                == [.error(.stageText(.request, .complaint))])
    }

    @Test func whyUnsatisfiedIsAskedOnceAnAnswerExists() {
        #expect(added(Fixtures.belgian(.customerService)) { $0.dispute.whyUnsatisfied = "" } == [])
        for stage in [EscalationStage.complaint, .mediation, .court] {
            let reasons = Field.stageText(.reasons, stage)
            #expect(added(Fixtures.belgian(stage)) { $0.dispute.whyUnsatisfied = "" } == [.warning(reasons)])
            #expect(added(Fixtures.french(stage)) { $0.dispute.whyUnsatisfied = "" } == [.warning(reasons)])
            // The stage's own reasons, even when the shared text is empty, answer the warning.
            #expect(
                added(Fixtures.french(stage)) { (d: inout Dossier) in
                    d.dispute.whyUnsatisfied = ""
                    d.setOwnText(.reasons, of: stage, to: "Le refus ne cite aucun article du contrat.")
                } == [])
        }
    }
}

// MARK: - Attachments

@Suite struct AttachmentRuleTests: ValidationChecks {
    @Test func noAttachmentIsFineForTheFirstContactOnly() {
        #expect(added(Fixtures.belgian(.customerService)) { $0.dispute.attachments = [] } == [])
        #expect(added(Fixtures.french(.customerService)) { $0.dispute.attachments = [] } == [])
        for stage in [EscalationStage.complaint, .mediation, .court] {
            #expect(
                added(Fixtures.belgian(stage)) { $0.dispute.attachments = [] } == [.error(.attachments)], "\(stage)")
            #expect(added(Fixtures.french(stage)) { $0.dispute.attachments = [] } == [.error(.attachments)], "\(stage)")
            // A blank line is not an attachment.
            #expect(
                added(Fixtures.french(stage)) { $0.dispute.attachments = [Attachment(description: " ")] }
                    == [.error(.attachments)])
        }
    }

    @Test func descriptionIsRequired() {
        let base = Fixtures.french(.complaint)
        #expect(added(base) { $0.dispute.attachments[0].description = "" } == [.error(.attachmentDescription(0))])
        #expect(
            added(base) {
                $0.dispute.attachments.append(
                    Attachment(description: "", date: "", path: "/home/membre/documents/facture.pdf"))
            } == [.error(.attachmentDescription(2))])
        // Blank entries in the list are ignored, but the indexes stay those of the list.
        #expect(
            added(base) {
                $0.dispute.attachments.append(Attachment())
                $0.dispute.attachments.append(Attachment(date: "01/03/2026"))
            } == [.error(.attachmentDescription(3))])
    }

    @Test(arguments: ["31/02/2026", "23/11/2026", "demain", "01/01/1800"])
    func badDates(text: String) {
        #expect(
            added(Fixtures.french(.complaint)) { $0.dispute.attachments[0].date = text } == [.error(.attachmentDate(0))]
        )
    }

    @Test func dateIsOptional() {
        #expect(added(Fixtures.french(.complaint)) { $0.dispute.attachments[0].date = "" } == [])
    }

    @Test func missingFileIsAWarning() {
        let base = Fixtures.belgian(.mediation)
        #expect(
            added(base) { $0.dispute.attachments[0].path = "/nulle/part/decision.pdf" } == [
                .warning(.attachmentPath(0))
            ])
        #expect(added(base) { $0.dispute.attachments[0].path = "" } == [])
        #expect(added(base) { $0.dispute.attachments[0].path = "  \(Fixtures.knownFile)  " } == [])
        // The warning does not block the letter.
        let missing = Fixtures.modified(base) { $0.dispute.attachments[0].path = "/nulle/part/decision.pdf" }
        #expect(validator.canExport(missing))
    }

    @Test func defaultFileCheckLooksAtTheDisk() throws {
        let validator = DossierValidator(catalog: TestSupport.catalog, today: TestSupport.today)
        let real = Fixtures.modified(Fixtures.french(.complaint)) {
            $0.dispute.attachments[0].path = TestSupport.shippedCatalogURL.path
        }
        #expect(!validator.issues(in: real).contains { $0.field == .attachmentPath(0) })
        let missing = Fixtures.modified(real) {
            $0.dispute.attachments[0].path = "/nulle/part/\(UUID().uuidString).pdf"
        }
        #expect(validator.issues(in: missing).map { IssueKey($0.field, $0.severity) } == [.warning(.attachmentPath(0))])
    }
}

// MARK: - Stage records

@Suite struct StageRecordRuleTests: ValidationChecks {
    @Test func firstContactNeedsDateAndChannel() {
        let base = Fixtures.belgian(.customerService)
        #expect(added(base) { $0.stages.contact = nil } == [.error(.contactDate), .error(.contactChannel)])
        #expect(added(base) { $0.stages.contact?.date = "" } == [.error(.contactDate)])
        #expect(added(base) { $0.stages.contact?.channel = nil } == [.error(.contactChannel)])
        #expect(added(base) { $0.stages.contact?.answer = "" } == [.warning(.contactAnswer)])
        #expect(added(base) { $0.stages.contact?.reference = "" } == [])
        #expect(added(base) { $0.stages.contact?.date = "30/02/2026" } == [.error(.contactDate)])
        #expect(added(base) { $0.stages.contact?.date = "01/12/2026" } == [.error(.contactDate)])
    }

    @Test func laterStagesDoNotRequireTheContactDetails() {
        let base = Fixtures.french(.complaint)
        #expect(added(base) { $0.stages.contact?.date = "" } == [])
        #expect(added(base) { $0.stages.contact?.channel = nil } == [])
        #expect(added(base) { $0.stages.contact?.answer = "" } == [])
        // But a date that is typed must be a real one.
        #expect(added(base) { $0.stages.contact?.date = "40/03/2026" } == [.error(.contactDate)])
        // And a missing contact is pointed out.
        #expect(added(base) { $0.stages.contact = nil } == [.warning(.contactDate)])
    }

    @Test func complaintDateIsRequiredAfterTheComplaint() {
        #expect(added(Fixtures.belgian(.complaint)) { $0.stages.complaint?.date = "" } == [])
        #expect(added(Fixtures.belgian(.mediation)) { $0.stages.complaint?.date = "" } == [.error(.complaintDate)])
        #expect(added(Fixtures.french(.court)) { $0.stages.complaint?.date = "" } == [.error(.complaintDate)])
        #expect(
            added(Fixtures.belgian(.complaint)) { $0.stages.complaint?.date = "12/13/2026" } == [.error(.complaintDate)]
        )
    }

    @Test func complaintAnswer() {
        let base = Fixtures.french(.mediation)
        #expect(added(base) { $0.stages.complaint?.answerDate = "31/06/2026" } == [.error(.complaintAnswerDate)])
        #expect(added(base) { $0.stages.complaint?.answerSummary = "" } == [.warning(.complaintAnswerSummary)])
        #expect(
            added(Fixtures.belgian(.complaint)) {
                $0.stages.complaint = ComplaintRecord(date: "12/10/2026", answerDate: "", answerSummary: "")
            } == [])
    }

    @Test func mediationDateMustBeARealDate() {
        #expect(
            added(Fixtures.belgian(.mediation)) { $0.stages.mediation?.date = "31/11/2026" } == [.error(.mediationDate)]
        )
        #expect(added(Fixtures.belgian(.mediation)) { $0.stages.mediation?.date = "" } == [])
    }

    @Test func franceCourtNeedsTheMediationDateOnceAMediationIsRecorded() {
        let french = added(Fixtures.french(.court)) { $0.stages.mediation?.date = "" }
        #expect(french.contains(.error(.mediationDate)))
        #expect(added(Fixtures.belgian(.court)) { $0.stages.mediation?.date = "" } == [])
    }

    @Test func mediatorMustBeAKnownMediator() {
        let base = Fixtures.belgian(.mediation)
        #expect(added(base) { $0.stages.mediation?.mediatorId = "mediateur-inconnu" } == [.error(.mediator)])
        #expect(added(base) { $0.stages.mediation?.mediatorId = "tribunal-travail" } == [.error(.mediator)])
        #expect(added(base) { $0.stages.mediation?.mediatorId = "partenamut" } == [.error(.mediator)])
        #expect(added(base) { $0.stages.mediation?.mediatorId = "partenamut-mediation" } == [])
        #expect(added(base) { $0.stages.mediation?.mediatorId = "mediateur-federal" } == [])
    }

    @Test func mediatorMustServeTheRoute() {
        let compulsory = Fixtures.belgian(.mediation)
        #expect(added(compulsory) { $0.stages.mediation?.mediatorId = "ombudsman-assurances" } == [.error(.mediator)])
        #expect(added(compulsory) { $0.stages.mediation?.mediatorId = "ocm" } == [.error(.mediator)])
        #expect(added(compulsory) { $0.stages.mediation?.mediatorId = "mcd" } == [.error(.mediator)])
        let complementary = Fixtures.belgianComplementary(.mediation)
        #expect(
            added(complementary) { $0.stages.mediation?.mediatorId = "ombudsman-assurances" } == [.error(.mediator)])
        #expect(added(complementary) { $0.stages.mediation?.mediatorId = "ocm" } == [])
        let hospitalisation = Fixtures.belgianHospitalisation(.mediation)
        #expect(added(hospitalisation) { $0.stages.mediation?.mediatorId = "ombudsman-assurances" } == [])
        #expect(added(hospitalisation) { $0.stages.mediation?.mediatorId = "ocm" } == [.error(.mediator)])
        let french = Fixtures.french(.mediation)
        #expect(added(french) { $0.stages.mediation?.mediatorId = "mediateur-mutualite-francaise" } == [])
        #expect(added(french) { $0.stages.mediation?.mediatorId = "partenamut-mediation" } == [.error(.mediator)])
    }

    @Test func defaultMediatorComesFromTheFund() {
        // Empty mediator: Partenamut names its ombudsman, Identités Mutuelle names MCD, CAAMI the federal mediator.
        #expect(keys(Fixtures.belgian(.mediation)).allSatisfy { $0.severity == .warning })
        #expect(keys(Fixtures.french(.mediation)) == [])
        #expect(added(Fixtures.belgian(.mediation)) { $0.fund.organismId = "caami" } == [])
        // A fund typed by hand names no mediator: one must be chosen.
        let custom = Fixtures.modified(Fixtures.belgian(.mediation)) {
            $0.fund = FundChoice(
                organismId: FundChoice.otherId, customName: "Mutualité Exemple", customAddress: "Rue 1\n1000 Bruxelles")
        }
        #expect(keys(custom).contains(.error(.mediator)))
        #expect(added(custom) { $0.stages.mediation?.mediatorId = "partenamut-mediation" } == [])
        let chosen = Fixtures.modified(custom) { $0.stages.mediation?.mediatorId = "partenamut-mediation" }
        #expect(!keys(chosen).contains(.error(.mediator)))
        // A missing mediation record also falls back on the fund's mediator.
        #expect(added(Fixtures.belgian(.mediation)) { $0.stages.mediation = nil } == [])
        #expect(keys(Fixtures.modified(custom) { $0.stages.mediation = nil }).contains(.error(.mediator)))
    }

    @Test func mediatorChoiceMessageListsTheRouteMediators() {
        let custom = Fixtures.modified(Fixtures.belgian(.mediation)) {
            $0.fund = FundChoice(
                organismId: FundChoice.otherId, customName: "Mutualité Exemple", customAddress: "Rue 1\n1000 Bruxelles")
        }
        let found = validator.issues(in: custom, field: .mediator)
        #expect(found.count == 1)
        #expect(found.first?.message.contains("Partenamut") == true)
    }

    @Test func courtChoice() {
        let base = Fixtures.belgian(.court)
        // Brussels: both labour courts are competent; without a choice Recours takes the French-speaking one and says so.
        #expect(added(base) { $0.stages.court?.courtId = "" } == [.warning(.court)])
        #expect(added(base) { $0.stages.court?.courtId = "tribunal-inconnu" } == [.error(.court)])
        #expect(added(base) { $0.stages.court?.courtId = "partenamut-mediation" } == [.error(.court)])
        #expect(added(base) { $0.stages.court?.courtId = "tribunal-premiere-instance" } == [.warning(.court)])
        #expect(added(base) { $0.stages.court?.courtId = "tribunal-judiciaire" } == [.warning(.court)])
        // A French petition to a Dutch-speaking court would be null: it is written in Dutch, and the dossier's
        // language field says why (loi du 15 juin 1935).
        #expect(added(base) { $0.stages.court?.courtId = "arbrb-brussel-nl" } == [.warning(.letterLanguage)])
        #expect(
            added(base) { $0.stages.court?.courtId = "arbrb-gent-gent" } == [
                .warning(.court), .warning(.letterLanguage),
            ])
        #expect(added(Fixtures.belgianHospitalisation(.court)) { $0.stages.court?.courtId = "justice-de-paix" } == [])
        #expect(
            added(Fixtures.belgianHospitalisation(.court)) { $0.stages.court?.courtId = "tribunal-travail" } == [
                .warning(.court)
            ])
        #expect(added(Fixtures.french(.court)) { $0.stages.court?.courtId = "tribunal-travail" } == [.warning(.court)])
    }

    /// Brussels: the language follows the fund's seat (art. 4 § 1); the member chooses only when it is in Brussels.
    @Test func inBrusselsTheFundsSeatDecidesTheLanguage() {
        let resolver = RecipientResolver(catalog: validator.catalog)
        let brussels = Fixtures.modified(Fixtures.belgian(.court)) { $0.stages.court?.courtId = "" }
        #expect(resolver.brusselsLanguage(of: brussels) == nil)  // Partenamut: 1080 Bruxelles
        #expect(resolver.competentLabourCourts(of: brussels).count == 2)
        let flemishFund = Fixtures.modified(brussels) {
            $0.fund = FundChoice(
                organismId: FundChoice.otherId, customName: "Ziekenfonds Voorbeeld",
                customAddress: "Kerkstraat 1\n9000 Gent")
        }
        #expect(resolver.brusselsLanguage(of: flemishFund) == .dutch)
        #expect(resolver.court(of: flemishFund)?.id == "arbrb-brussel-nl")
        // A fund seated in Ghent writes Dutch by default: the Dutch petition is what the dossier asks for.
        #expect(!keys(flemishFund).contains(.error(.court)))
        #expect(!keys(flemishFund).contains(.warning(.letterLanguage)))
        let chosenFrench = Fixtures.modified(flemishFund) { $0.stages.court?.courtId = "tt-bruxelles-fr" }
        #expect(keys(chosenFrench).contains(.error(.court)))
        let walloonFund = Fixtures.modified(flemishFund) { $0.fund.customAddress = "Rue Haute 1\n4000 Liège" }
        #expect(resolver.court(of: walloonFund)?.id == "tt-bruxelles-fr")
        #expect(!keys(walloonFund).contains(.error(.court)))
        #expect(!keys(walloonFund).contains(.warning(.court)))
    }

    @Test func theCourtOfTheMembersPostalCodeAndItsLanguage() {
        let ghent = Fixtures.modified(Fixtures.belgian(.court)) {
            $0.member.postalCode = "9000"
            $0.member.city = "Gent"
            $0.stages.court?.courtId = ""
        }
        #expect(RecipientResolver(catalog: validator.catalog).court(of: ghent)?.id == "arbrb-gent-gent")
        // The member lives in Ghent: the letters default to Dutch, the court's language, and nothing is said.
        #expect(!keys(ghent).contains(.error(.court)))
        #expect(!keys(ghent).contains(.warning(.letterLanguage)))
        // A dossier in French still gets its petition in Dutch, and is told why.
        let ghentInFrench = Fixtures.modified(ghent) { $0.letterLanguage = .french }
        #expect(keys(ghentInFrench).contains(.warning(.letterLanguage)))
        #expect(!keys(ghentInFrench).contains(.error(.letterLanguage)))
        let liege = Fixtures.modified(ghent) {
            $0.member.postalCode = "4000"
            $0.member.city = "Liège"
        }
        #expect(RecipientResolver(catalog: validator.catalog).court(of: liege)?.id == "tt-liege-liege")
        #expect(!keys(liege).contains(.error(.court)))
        #expect(!keys(liege).contains(.warning(.court)))
        let eupen = Fixtures.modified(ghent) { $0.member.postalCode = "4700" }
        // The Arbeitsgericht Eupen's area defaults to German, the court's language: nothing to say on the language.
        #expect(!keys(eupen).contains(.error(.court)))
        #expect(!keys(eupen).contains(.warning(.letterLanguage)))
        let eupenComplaint = Fixtures.modified(eupen) {
            $0.letterLanguage = .german
            $0.currentStage = .complaint
        }
        #expect(!keys(eupenComplaint).contains(.error(.letterLanguage)))
        // Chosen French, the petition is still German, and the member is told why.
        let eupenInFrench = Fixtures.modified(eupen) { $0.letterLanguage = .french }
        #expect(keys(eupenInFrench).contains(.warning(.letterLanguage)))
        let kraainem = Fixtures.modified(ghent) { $0.member.postalCode = "1950" }
        #expect(keys(kraainem).contains(.warning(.court)))
    }

    @Test func courtDecisionDateMustBeARealDate() {
        #expect(
            added(Fixtures.french(.court)) { $0.stages.court?.decisionDate = "29/02/2026" } == [
                .error(.courtDecisionDate)
            ])
        #expect(added(Fixtures.french(.court)) { $0.stages.court?.decisionDate = "20/11/2026" } == [])
    }
}

// MARK: - Order of the dates

@Suite struct DateOrderRuleTests: ValidationChecks {
    @Test func contactCannotPrecedeTheIncident() {
        #expect(added(Fixtures.belgian(.court)) { $0.stages.contact?.date = "20/09/2026" } == [.error(.contactDate)])
    }

    @Test func complaintCannotPrecedeTheContact() {
        #expect(
            added(Fixtures.belgian(.court)) { $0.stages.complaint?.date = "01/10/2026" } == [.error(.complaintDate)])
    }

    @Test func complaintIsComparedWithTheIncidentWhenTheContactHasNoDate() {
        let base = Fixtures.modified(Fixtures.belgian(.court)) { $0.stages.contact?.date = "" }
        #expect(added(base) { $0.stages.complaint?.date = "20/09/2026" } == [.error(.complaintDate)])
        #expect(added(base) { $0.stages.complaint?.date = "26/09/2026" } == [])
    }

    @Test func mediationCannotPrecedeTheComplaint() {
        #expect(
            added(Fixtures.belgian(.court)) { $0.stages.mediation?.date = "10/10/2026" } == [.error(.mediationDate)])
        #expect(added(Fixtures.french(.court)) { $0.stages.mediation?.date = "31/03/2026" } == [.error(.mediationDate)])
    }

    @Test func courtDecisionCannotPrecedeTheMediation() {
        #expect(
            added(Fixtures.belgian(.court)) { $0.stages.court?.decisionDate = "01/11/2026" } == [
                .error(.courtDecisionDate)
            ])
        #expect(
            added(Fixtures.french(.court)) { $0.stages.court?.decisionDate = "31/05/2026" } == [
                .error(.courtDecisionDate)
            ])
    }

    @Test func sameDayIsInOrder() {
        let sameDay = Fixtures.modified(Fixtures.french(.court)) {
            for keyPath in [
                \Dossier.dispute.incidentDate, \.stages.contact!.date, \.stages.complaint!.date,
                \.stages.complaint!.answerDate, \.stages.mediation!.date, \.stages.court!.decisionDate,
            ] {
                $0[keyPath: keyPath] = "15/05/2026"
            }
        }
        #expect(errors(sameDay).isEmpty, "\(errors(sameDay))")
    }

    @Test func answerCannotPrecedeTheComplaint() {
        let base = Fixtures.french(.court)
        #expect(added(base) { $0.stages.complaint?.answerDate = "31/03/2026" } == [.error(.complaintAnswerDate)])
        #expect(added(base) { $0.stages.complaint?.answerDate = "01/04/2026" } == [])
    }

    @Test func decisionBeforeTheIncidentIsAWarning() {
        #expect(
            added(Fixtures.french(.complaint)) { $0.dispute.decisionDate = "01/02/2026" } == [.warning(.decisionDate)])
        #expect(added(Fixtures.french(.complaint)) { $0.dispute.decisionDate = "02/03/2026" } == [])
    }

    @Test func invalidOrFutureDatesAreLeftOutOfTheOrder() {
        // The complaint date is wrong: only it is reported, the mediation is not compared with it.
        #expect(
            added(Fixtures.belgian(.court)) { $0.stages.complaint?.date = "12/10/20266" } == [.error(.complaintDate)])
        #expect(
            added(Fixtures.belgian(.court)) { $0.stages.complaint?.date = "12/12/2026" } == [.error(.complaintDate)])
    }
}

// MARK: - What must have happened before a stage

@Suite struct PrerequisiteRuleTests: ValidationChecks {
    @Test func mediationNeedsAComplaintDate() {
        #expect(added(Fixtures.belgian(.mediation)) { $0.stages.complaint = nil } == [.error(.complaintDate)])
        #expect(
            added(Fixtures.belgianComplementary(.mediation)) { $0.stages.complaint = nil } == [.error(.complaintDate)])
        #expect(added(Fixtures.french(.mediation)) { $0.stages.complaint = nil } == [.error(.complaintDate)])
        #expect(added(Fixtures.belgian(.mediation)) { $0.stages.complaint?.date = " " } == [.error(.complaintDate)])
    }

    /// A catalog fund without a known postal address for its complaints: the member copies it from a letter.
    @Test func aCatalogFundWithoutAPostalAddressAsksForOne() throws {
        // MMA: no source read gives the postal address of its health complaints (see its notes in the catalog).
        let mma = Fixtures.modified(Fixtures.french(.complaint)) { $0.fund = FundChoice(organismId: "mma") }
        #expect(keys(mma).contains(.warning(.fundAddress)))
        let typed = Fixtures.modified(mma) {
            $0.fund.customAddress = "MMA – Service Réclamations\n72030 Le Mans Cedex 9"
        }
        #expect(!keys(typed).contains(.warning(.fundAddress)))
        let recipient = try #require(
            RecipientResolver(catalog: validator.catalog).recipient(for: typed, stage: .complaint))
        #expect(recipient.hasPostalAddress)
        #expect(recipient.lines.contains("72030 Le Mans Cedex 9"))
        #expect(keys(Fixtures.modified(mma) { $0.fund.customAddress = "Le Mans" }).contains(.error(.fundAddress)))
    }

    /// Alan answers in its app; its complaints have no postal address of their own, so the letter goes to the
    /// insurer's head office (à vérifier).
    @Test func anOnlineFrenchComplaintsServiceGetsTheHeadOffice() throws {
        let alan = Fixtures.modified(Fixtures.french(.complaint)) { $0.fund = FundChoice(organismId: "alan") }
        #expect(!keys(alan).contains(.warning(.fundAddress)))
        let recipient = try #require(
            RecipientResolver(catalog: validator.catalog).recipient(for: alan, stage: .complaint))
        #expect(recipient.hasPostalAddress)
        #expect(recipient.lines.contains("75010 Paris"))
        #expect(recipient.unconfirmed)
    }

    @Test func aFrenchMediationAsksForTheContract() {
        let mediation = Fixtures.french(.mediation)
        let without = Fixtures.modified(mediation) {
            $0.dispute.attachments = [Attachment(description: "Facture de l'opticien", date: "12/03/2026")]
        }
        #expect(keys(without).contains(.warning(.attachments)))
        let with = Fixtures.modified(without) {
            $0.dispute.attachments.append(Attachment(description: "Tableau des garanties du contrat"))
        }
        #expect(!keys(with).contains(.warning(.attachments)))
        #expect(!keys(Fixtures.modified(without) { $0.currentStage = .complaint }).contains(.warning(.attachments)))
    }

    @Test func courtNeedsAComplaintDate() {
        #expect(added(Fixtures.french(.court)) { $0.stages.complaint = nil } == [.error(.complaintDate)])
        #expect(
            added(Fixtures.belgianHospitalisation(.court)) { $0.stages.complaint = nil } == [.error(.complaintDate)])
    }

    /// Near the deadline the petition is the only thing that matters: it needs no complaint and no mediation.
    @Test func theLabourCourtPetitionNeedsNoPriorComplaint() {
        for dossier in [Fixtures.belgian(.court), Fixtures.belgianComplementary(.court)] {
            let bare = Fixtures.modified(dossier) {
                $0.stages.complaint = nil
                $0.stages.mediation = nil
                $0.stages.contact = nil
            }
            #expect(!keys(bare).contains { $0.severity == .error }, "\(keys(bare))")
            // A complaint screen visited and its date left empty: still no error on the last day.
            let begun = Fixtures.modified(bare) { $0.stages.complaint = ComplaintRecord(date: "") }
            #expect(!keys(begun).contains { $0.severity == .error }, "\(keys(begun))")
        }
        // The mediator still needs it.
        let mediation = Fixtures.modified(Fixtures.belgian(.mediation)) { $0.stages.complaint?.date = "" }
        #expect(keys(mediation).contains(.error(.complaintDate)))
    }

    /// A petition noted as sent by e-mail (an older draft) has not seized the court: said.
    @Test func aPetitionSentByEmailIsNotFiled() {
        #expect(added(Fixtures.belgian(.court)) { $0.stages.court?.mode = .email } == [.warning(.court)])
        #expect(added(Fixtures.belgian(.court)) { $0.stages.court?.mode = .registryDeposit } == [])
    }

    // France, stage 3: after a refusal or 2 months without an answer, within 1 year of the complaint.

    static func frenchMediation(complaint: String, answer: String = "", mediation: String = "") -> Dossier {
        Fixtures.modified(Fixtures.french(.mediation)) {
            $0.dispute.incidentDate = "01/09/2025"
            $0.stages.contact?.date = "10/09/2025"
            $0.stages.complaint = ComplaintRecord(
                date: complaint, mode: .registeredLetter, answerDate: answer,
                answerSummary: answer.isEmpty ? "" : "Refus de la mutuelle.")
            $0.stages.mediation = MediationRecord(date: mediation)
        }
    }

    @Test func franceMediationTooEarlyWithoutAnswer() {
        // Complaint of 1 October 2026, no answer, today 22 November: the fund may answer until 1 December, so the
        // mediation opens on 2 December.
        let dossier = Self.frenchMediation(complaint: "01/10/2026")
        #expect(keys(dossier) == [.error(.complaintAnswerDate)])
        let message = validator.issues(in: dossier, field: .complaintAnswerDate).first?.message ?? ""
        #expect(message.contains("2 décembre 2026"))
    }

    @Test func franceMediationAfterAnAnswer() {
        #expect(keys(Self.frenchMediation(complaint: "01/10/2026", answer: "20/10/2026")) == [])
    }

    @Test func franceMediationAfterTwoMonthsWithoutAnswer() {
        // 1 September + 2 months = Sunday 1 November (Toussaint) → Monday 2 November ≤ 22 November.
        #expect(keys(Self.frenchMediation(complaint: "01/09/2026")) == [])
        #expect(keys(Self.frenchMediation(complaint: "15/09/2026")) == [])
    }

    /// The referral already dated: it is that date, not today, that must come after the 2-month wait.
    @Test func franceMediationSeizedTooEarlyWithoutAnswer() {
        // Complaint of 1 April 2026, no answer, mediator seized on 15 April: 2 weeks, not 2 months.
        let early = Self.frenchMediation(complaint: "01/04/2026", mediation: "15/04/2026")
        let found = keys(early)
        #expect(found.contains(.error(.complaintAnswerDate)) || found.contains(.error(.mediationDate)), "\(found)")
        // Seized on 2 June 2026, after the 2 months (1 June): fine.
        #expect(keys(Self.frenchMediation(complaint: "01/04/2026", mediation: "02/06/2026")) == [])
    }

    @Test func franceMediationMoreThanOneYearAfterTheComplaint() {
        // Complaint of 1 October 2025: the mediator must be seized by 1 October 2026.
        #expect(keys(Self.frenchMediation(complaint: "01/10/2025", answer: "01/11/2025")) == [.error(.mediationDate)])
        #expect(
            keys(Self.frenchMediation(complaint: "01/10/2025", answer: "01/11/2025", mediation: "15/10/2026"))
                == [.error(.mediationDate)])
        #expect(
            keys(Self.frenchMediation(complaint: "01/10/2025", answer: "01/11/2025", mediation: "01/10/2026")) == [])
        #expect(
            keys(Self.frenchMediation(complaint: "01/10/2025", answer: "01/11/2025", mediation: "30/09/2026")) == [])
    }

    @Test func belgiumHasNoMediationWaitingPeriod() {
        #expect(
            added(Fixtures.belgian(.mediation)) {
                $0.stages.complaint = ComplaintRecord(date: "20/11/2026", mode: .email)
                $0.dispute.whyUnsatisfied = "Aucune réponse."
            } == [])
    }

    // Stage 4, Belgian compulsory insurance: the requête to the labour court.

    @Test func labourCourtNeedsTheDecisionDate() {
        let found = added(Fixtures.belgian(.court)) { $0.dispute.decisionDate = "" }
        #expect(found.contains(.error(.decisionDate)))
        #expect(found.subtracting([.error(.decisionDate), .warning(.decisionDate)]).isEmpty)
        #expect(added(Fixtures.belgianHospitalisation(.court)) { $0.dispute.decisionDate = "" } == [])
    }

    @Test func labourCourtNeedsAnAddressWhenTheCatalogHasNone() {
        // The generic labour court (no registry address): the member types the registry's address.
        let base = Fixtures.modified(Fixtures.belgian(.court)) {
            $0.stages.court = CourtRecord(
                courtId: "tribunal-travail", location: "Bruxelles", address: "Place Poelaert 3\n1000 Bruxelles")
        }
        #expect(added(base) { $0.stages.court?.address = "" } == [.error(.courtAddress)])
        #expect(added(base) { $0.stages.court?.address = "Place Poelaert 3" } == [.error(.courtAddress)])
        #expect(added(base) { $0.stages.court?.address = "Place Poelaert 3\n \n" } == [.error(.courtAddress)])
        #expect(
            added(base) {
                $0.stages.court?.address = ""; $0.stages.court?.location = ""
            } == [
                .error(.courtAddress), .error(.courtLocation),
            ])
        #expect(added(base) { $0.stages.court?.address = "Greffe\nPlace Poelaert 3\n1000 Bruxelles" } == [])
        // No record: the court of the postal code, from the catalog, with its address.
        #expect(!keys(Fixtures.modified(base) { $0.stages.court = nil }).contains { $0.severity == .error })
    }

    @Test func otherRoutesDoNotNeedTheLabourCourtDetails() {
        #expect(added(Fixtures.belgianHospitalisation(.court)) { $0.stages.court = nil } == [])
        #expect(added(Fixtures.french(.court)) { $0.stages.court = nil } == [])
    }

    // Stage 4, France: a claim of 5 000 € or less needs a prior amicable attempt (CPC art. 750-1).

    @Test(arguments: ["1 234,56", "5 000", "5000,00 €", "", "pas un montant"])
    func amicableAttemptWarningUpToFiveThousand(amount: String) {
        let found = added(Fixtures.french(.court)) {
            $0.stages.mediation = nil
            $0.dispute.amount = amount
        }
        #expect(found.contains(.warning(.mediationDate)))
        #expect(found.subtracting([.warning(.mediationDate), .error(.amount)]).isEmpty)
    }

    @Test(arguments: ["5 000,01", "8 000", "12.500 €"])
    func noAmicableAttemptWarningAboveFiveThousand(amount: String) {
        #expect(
            added(Fixtures.french(.court)) {
                $0.stages.mediation = nil
                $0.dispute.amount = amount
            } == [])
    }

    @Test func noAmicableAttemptWarningAfterAMediation() {
        #expect(added(Fixtures.french(.court)) { $0.dispute.amount = "100" } == [])
    }

    @Test func noAmicableAttemptWarningInBelgium() {
        #expect(
            added(Fixtures.belgianComplementary(.court)) {
                $0.stages.mediation = nil
                $0.dispute.amount = "100"
            } == [])
    }
}

// MARK: - Deadlines that can be lost

@Suite struct DeadlineRuleTests: ValidationChecks {
    /// A stage-1 Belgian dossier whose decision was notified on `decision` (incident well before).
    static func notified(_ decision: String, stage: EscalationStage = .customerService) -> Dossier {
        Fixtures.modified(Fixtures.belgian(stage)) {
            $0.dispute.incidentDate = "01/01/2026"
            $0.dispute.decisionDate = decision
        }
    }

    func deadlineWarnings(_ dossier: Dossier) -> [ValidationIssue] {
        validator.issues(in: dossier, field: .decisionDate)
    }

    @Test func lateDeadline() {
        // Notified 20 August 2026: 3 months end on Friday 20 November 2026, the day before yesterday.
        let found = deadlineWarnings(Self.notified("20/08/2026"))
        #expect(found.map(\.severity) == [.warning])
        #expect(found.first?.message.contains("20 novembre 2026") == true)
        #expect(Fixtures.validator.canExport(Self.notified("01/01/2026")))
    }

    @Test(arguments: [
        ("22/08/2026", "23 novembre 2026", 1), ("01/09/2026", "1er décembre 2026", 9),
        ("22/09/2026", "22 décembre 2026", 30),
    ])
    func closeDeadline(decision: String, end: String, daysLeft: Int) {
        let found = deadlineWarnings(Self.notified(decision))
        #expect(found.map(\.severity) == [.warning])
        #expect(found.first?.message.contains(end) == true)
        #expect(found.first?.message.contains("\(daysLeft) jour") == true)
    }

    @Test func farDeadlineIsOnlyRecalledFromTheComplaintOn() {
        // Notified 23 September 2026: 31 days left.
        #expect(deadlineWarnings(Self.notified("23/09/2026")).isEmpty)
        for stage in [EscalationStage.complaint, .mediation, .court] {
            let found = deadlineWarnings(Self.notified("23/09/2026", stage: stage))
            #expect(found.map(\.severity) == [.warning], "\(stage)")
            #expect(found.first?.message.contains("23 décembre 2026") == true)
        }
    }

    @Test func belgianDeadlineMovesPastASundayByArticle53() {
        // 22 August + 3 months = Sunday 22 November 2026 → Monday 23 November (Code judiciaire, art. 53); acting
        // by Friday 20 November is advised.
        let message = deadlineWarnings(Self.notified("22/08/2026")).first?.message ?? ""
        #expect(message.contains("23 novembre 2026"))
        #expect(message.contains("vendredi 20 novembre 2026"))
    }

    @Test func theLastDayIsSaidAsSuch() {
        // Monday 23 November 2026 is the last day of an appeal notified on 23 August: not "Il reste 0 jour".
        let monday = DossierValidator(
            catalog: Fixtures.confirmedCatalog, today: TestSupport.date(2026, 11, 23),
            fileExists: { Fixtures.knownFiles.contains($0) })
        let message = monday.issues(in: Self.notified("23/08/2026"), field: .decisionDate).first?.message ?? ""
        #expect(message.contains("aujourd'hui le dernier jour"))
        #expect(!message.contains("0 jour"))
    }

    @Test func missingDecisionDateIsRecalledFromTheComplaintOn() {
        #expect(deadlineWarnings(Self.notified("")).isEmpty)
        #expect(deadlineWarnings(Self.notified("", stage: .complaint)).map(\.severity) == [.warning])
        #expect(deadlineWarnings(Self.notified("", stage: .mediation)).map(\.severity) == [.warning])
    }

    @Test func noDeadlineOnceTheCourtHasDecided() {
        let decided = Fixtures.modified(Self.notified("21/08/2026", stage: .court)) {
            $0.stages.court?.decisionDate = "20/11/2026"
        }
        #expect(deadlineWarnings(decided).isEmpty)
    }

    @Test func noLabourCourtDeadlineOnOtherRoutes() {
        #expect(
            added(Fixtures.belgianComplementary(.complaint)) {
                $0.dispute.incidentDate = "01/01/2026"
                $0.dispute.decisionDate = "01/03/2026"
            } == [])
        #expect(added(Fixtures.french(.complaint)) { $0.dispute.decisionDate = "02/03/2026" } == [])
    }

    // France: claims against a mutuelle prescribe after 2 years (checked for the court letter).

    /// The complaint went by e-mail: it does not interrupt the prescription, which runs from the incident.
    static let frenchCourtByEmail = Fixtures.modified(Fixtures.french(.court)) { $0.stages.complaint?.mode = .email }

    static func frenchCourt(incident: String) -> Dossier {
        Fixtures.modified(frenchCourtByEmail) { $0.dispute.incidentDate = incident }
    }

    @Test func prescriptionPassed() {
        // 1 November 2024 + 2 years = Sunday 1 November 2026 (Toussaint) → Monday 2 November: passed.
        #expect(added(Self.frenchCourtByEmail) { $0.dispute.incidentDate = "01/11/2024" } == [.warning(.incidentDate)])
        #expect(added(Self.frenchCourtByEmail) { $0.dispute.incidentDate = "20/11/2024" } == [.warning(.incidentDate)])
    }

    @Test func aRegisteredComplaintInterruptsThePrescription() {
        // The same old incident, but the complaint of 12 October 2026 went by registered letter (L221-12): the
        // 2 years start again from it.
        let registered = Fixtures.modified(Fixtures.french(.court)) { $0.dispute.incidentDate = "20/11/2024" }
        #expect(!keys(registered).contains(.warning(.incidentDate)))
        let rules = DeadlineRules(dossier: registered, catalog: validator.catalog, today: TestSupport.today)
        let prescription = rules.prescription()
        #expect(prescription?.interruptedOn != nil)
        #expect(prescription?.deadline.start == prescription?.interruptedOn)
    }

    @Test func prescriptionClose() {
        // 21 January 2025 + 2 years = Thursday 21 January 2027: 60 days left.
        let close = added(Self.frenchCourtByEmail) { $0.dispute.incidentDate = "21/01/2025" }
        #expect(close == [.warning(.incidentDate)])
        let message = validator.issues(in: Self.frenchCourt(incident: "21/01/2025"), field: .incidentDate).first?
            .message
        #expect(message?.contains("21 janvier 2027") == true)
        // 10 January 2025 + 2 years = Sunday 10 January 2027 → Monday 11 January.
        let moved = validator.issues(in: Self.frenchCourt(incident: "10/01/2025"), field: .incidentDate).first?.message
        #expect(moved?.contains("11 janvier 2027") == true)
    }

    @Test func prescriptionFar() {
        // 22 January 2025 + 2 years = Friday 22 January 2027: 61 days left.
        #expect(added(Fixtures.french(.court)) { $0.dispute.incidentDate = "22/01/2025" } == [])
        #expect(keys(Fixtures.french(.court)) == [])
    }

    @Test func prescriptionIsOnlyCheckedForTheCourt() {
        for stage in [EscalationStage.customerService, .complaint] {
            #expect(added(Fixtures.french(stage)) { $0.dispute.incidentDate = "01/11/2024" } == [], "\(stage)")
        }
    }
}
