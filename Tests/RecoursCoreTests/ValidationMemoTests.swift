// The validation memo against the plain validator: after every edit of a generated sequence, for every stage, the
// memo answers exactly what `DossierValidator.issues(in:for:)` answers (see `ValidationMemo` and BENCHMARKS.md).
import Foundation
import Testing

@testable import RecoursCore

@Suite struct ValidationMemoTests {
    static let examples: [Dossier] = {
        let folder = TestSupport.packageRoot.appendingPathComponent("Examples")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".json") }.sorted().compactMap {
            try? DraftStore.load(folder.appendingPathComponent($0))
        }
    }()

    /// Values that make the rules answer differently: every example's value of the field, blank ones, and per kind of
    /// field texts, dates and identifiers that pass or fail.
    static func pool(for field: Field, catalog: OrganismCatalog) -> [String] {
        var values = Set(examples.map { $0[field] })
        values.insert("")
        switch field {
        case .fund, .mediator, .court:
            values.formUnion(catalog.organisms.map(\.id).prefix(40))
            values.formUnion(["inconnu", FundChoice.otherId])
        default:
            switch field.kind {
            case .date:
                values.formUnion(["12/03/2026", "31/02/2026", "01/01/2030", "1/1/1850", "2026-11-21", "hier", " "])
            case .text, .multilineText:
                values.formUnion([
                    "   \n ", "Jean", "Jean2", "O'Brien-Dupont", "a@b.be", "a@b", "a @b.be", "1000", "75001", "0123",
                    "+32 2 123 45 67", "12", "Rue Haute 12", "Rue Haute", "1 250,00", "0", "abc", "85.07.30-033.28",
                    "contrat de garanties", "Bruxelles\n1000 Bruxelles", "une ligne",
                ])
            default:
                break
            }
        }
        return values.sorted()
    }

    static let freeTexts: [Field] = [
        .facts, .expectations, .whyUnsatisfied, .contactAnswer, .complaintAnswerSummary, .title,
    ]

    /// One random edit: mostly the long free texts (what the memo is for), else any field or the attachments.
    static func edit(_ dossier: inout Dossier, _ maker: inout TextMaker, catalog: OrganismCatalog) {
        switch maker.next(10) {
        case 0..<4:
            let field = freeTexts[maker.next(freeTexts.count)]
            let words = [0, 1, 2, 3, 4, 9, 10, 11, 40][maker.next(9)]
            var text = maker.text(words: words, hostile: maker.next(3) == 0)
            if maker.next(5) == 0 { text = "  \n" + text + " \n" }
            dossier[field] = text
        case 4:
            if maker.next(2) == 0 || dossier.dispute.attachments.isEmpty {
                let paths = ["", "/nulle/part.pdf", "~/pièce.txt", "  ", "/tmp"]
                dossier.dispute.attachments.append(
                    Attachment(
                        description: maker.next(3) == 0 ? "" : "contrat \(maker.next(9))",
                        date: ["", "12/03/2026", "31/02/2026"][maker.next(3)], path: paths[maker.next(paths.count)]))
            } else {
                dossier.dispute.attachments.remove(at: maker.next(dossier.dispute.attachments.count))
            }
        default:
            let fields = Field.all(in: dossier).filter { $0.kind != .attachmentList }
            let field = fields[maker.next(fields.count)]
            let values = pool(for: field, catalog: catalog)
            dossier[field] = values[maker.next(values.count)]
        }
    }

    @Test func memoAnswersWhatTheValidatorAnswers() {
        let catalog = TestSupport.catalog
        // Two validators, used in turn now and then: another date, another disk (the memo must not mix them).
        let exists: @Sendable (String) -> Bool = { $0.hasSuffix(".pdf") }
        let validators = [
            DossierValidator(catalog: catalog, today: TestSupport.today, fileExists: exists),
            DossierValidator(catalog: catalog, today: TestSupport.date(2027, 3, 1), fileExists: { _ in false }),
        ]
        #expect(Self.examples.count >= 3)
        var maker = TextMaker(state: 20_261_201)
        var checked = 0
        var reused = 0
        for example in Self.examples {
            var dossier = example
            var memo = ValidationMemo()
            var which = 0
            for _ in 0..<120 {
                Self.edit(&dossier, &maker, catalog: catalog)
                if maker.next(15) == 0 { which = 1 - which }
                let validator = validators[which]
                let stages = EscalationStage.allCases.filter { _ in maker.next(4) != 0 }
                let hits = memo.hits
                let fromMemo = memo.issues(validator, in: dossier, for: stages)
                let plain = stages.map { validator.issues(in: dossier, for: $0) }
                #expect(fromMemo == plain, "\(example.title), stages \(stages)")
                checked += stages.count
                reused += memo.hits - hits
            }
        }
        // The memo was used (long free texts edited, the title), not only filled.
        #expect(reused > checked / 10)
        #expect(reused < checked)
    }

    @Test func aFileThatAppearsIsSeen() {
        var dossier = Self.examples[0]
        dossier.dispute.attachments = [Attachment(description: "contrat", path: "/pièce.pdf")]
        var memo = ValidationMemo()
        let missing = DossierValidator(
            catalog: TestSupport.catalog, today: TestSupport.today, fileExists: { _ in false })
        let present = DossierValidator(
            catalog: TestSupport.catalog, today: TestSupport.today, fileExists: { _ in true })
        let stages = EscalationStage.allCases
        #expect(memo.issues(missing, in: dossier, for: stages) == stages.map { missing.issues(in: dossier, for: $0) })
        #expect(memo.issues(present, in: dossier, for: stages) == stages.map { present.issues(in: dossier, for: $0) })
        #expect(missing.issues(in: dossier) != present.issues(in: dossier))
    }

    @Test func typingInTheFactsIsAnsweredFromTheMemo() {
        var dossier = Self.examples[0]
        dossier.dispute.facts = String(repeating: "Des faits assez longs pour la règle. ", count: 10)
        let first = ValidationMemo.Inputs(dossier, fileExists: { _ in true })
        dossier.dispute.facts += "Encore une phrase."
        dossier.title += " (bis)"
        #expect(ValidationMemo.Inputs(dossier, fileExists: { _ in true }) == first)
        dossier.dispute.facts = "Trop court."
        #expect(ValidationMemo.Inputs(dossier, fileExists: { _ in true }) != first)
    }
}
