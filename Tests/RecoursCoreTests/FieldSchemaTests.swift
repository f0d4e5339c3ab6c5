import Foundation
import PropertyBased
import Testing

@testable import RecoursCore

/// The field schema (`Field.info`) against the model it describes: each path is where the JSON has the value,
/// each accessor reads and writes that value, each free-text field is cleaned before output, and every JSON value
/// of a dossier belongs to a field (a model property without a field, or a field left out of `Field.fixed`, fails).
struct FieldSchemaTests {
    /// A valid value for each choice field; every other field takes a text of its own.
    static let choiceValues: [Field: String] = [
        .currentStage: "3", .country: "BE", .disputeKind: "complementary", .fund: "partenamut",
        .civility: "Mme", .subject: "delay", .contactChannel: "agency", .complaintMode: "email",
        .mediator: "ombudsman-x", .court: "tribunal-y", .fundKind: "insurer", .decisionMentions: "no",
        .letterLanguage: "nl", .attachmentStage(0): "2", .attachmentStage(1): "3",
    ]

    static func value(for field: Field) -> String {
        if let choice = choiceValues[field] { return choice }
        if field.kind == .attachmentList { return "2" }
        return "v:\(field.path)"
    }

    /// A dossier with every field filled in, two attachments and every stage's record.
    static func fullDossier() -> Dossier {
        var dossier = Dossier(id: "full", createdAt: Date(timeIntervalSince1970: 0))
        dossier.resumePoint = ResumePoint(screen: "dossier", field: "title")
        dossier.dispute.attachments = [Attachment(), Attachment()]
        for field in Field.all(in: dossier) { dossier[field] = value(for: field) }
        return dossier
    }

    /// Every leaf of a JSON value, by path: `member.phone`, `dispute.attachments[1].date`.
    static func leaves(_ json: Any, prefix: String = "") -> [String: Any] {
        if let object = json as? [String: Any] {
            return object.reduce(into: [:]) { result, entry in
                result.merge(leaves(entry.value, prefix: prefix.isEmpty ? entry.key : "\(prefix).\(entry.key)")) {
                    a, _ in a
                }
            }
        }
        if let array = json as? [Any] {
            return array.enumerated().reduce(into: [:]) { result, entry in
                result.merge(leaves(entry.element, prefix: "\(prefix)[\(entry.offset)]")) { a, _ in a }
            }
        }
        return [prefix: json]
    }

    /// The draft's own bookkeeping, not fields the user fills in.
    static let bookkeeping: Set<String> = [
        "schemaVersion", "id", "createdAt", "updatedAt", "resumePoint.screen", "resumePoint.field",
    ]

    @Test func everyPathResolvesInTheJSONOfAFullDossierToTheFieldsValue() throws {
        let dossier = Self.fullDossier()
        let json = try JSONSerialization.jsonObject(with: try JSONEncoder().encode(dossier))
        let leaves = Self.leaves(json)
        for field in Field.all(in: dossier) where field.kind != .attachmentList {
            let leaf = try #require(leaves[field.path], "\(field) : \(field.path) is not in the JSON")
            #expect("\(leaf)" == dossier[field], "\(field.path)")
        }
        #expect(leaves.keys.contains { $0.hasPrefix("dispute.attachments[1].") })
    }

    @Test func everyValueOfTheJSONBelongsToAField() throws {
        let dossier = Self.fullDossier()
        let json = try JSONSerialization.jsonObject(with: try JSONEncoder().encode(dossier))
        let paths = Set(Field.all(in: dossier).map(\.path))
        let orphans = Self.leaves(json).keys.filter { !paths.contains($0) && !Self.bookkeeping.contains($0) }
        #expect(orphans.isEmpty, "JSON values without a field in the schema: \(orphans.sorted())")
    }

    @Test func pathsAreUnique() {
        let paths = Field.all(in: Self.fullDossier()).map(\.path)
        #expect(Set(paths).count == paths.count)
    }

    @Test func everyFieldRoundTripsThroughItsAccessorAndTouchesNoOther() {
        let full = Self.fullDossier()
        for field in Field.all(in: full) where field.kind != .attachmentList {
            var dossier = full
            let new = field.kind == .choice ? (Self.choiceValues[field] == "3" ? "2" : "") : "autre valeur"
            dossier[field] = new
            #expect(dossier[field] == new, "\(field.path)")
            for other in Field.all(in: full) where other != field {
                #expect(dossier[other] == full[other], "writing \(field.path) changed \(other.path)")
            }
        }
    }

    @Test func writingAnEmptyValueIntoAMissingStageCreatesNothing() {
        var dossier = Dossier()
        for field in Field.fixed where field.stage != nil { dossier[field] = "" }
        #expect(dossier.stages == StageRecords())
        dossier[.mediationReference] = "M-1"
        #expect(dossier.stages.mediation?.reference == "M-1")
    }

    @Test func stagesOfTheFieldsAreTheirRecordsStages() {
        for field in Field.fixed {
            let expected: EscalationStage? =
                switch field.path.split(separator: ".").prefix(2).joined(separator: ".") {
                case "stages.contact": .customerService
                case "stages.complaint": .complaint
                case "stages.mediation": .mediation
                case "stages.court": .court
                default: nil
                }
            #expect(field.stage == expected, "\(field.path)")
        }
    }

    @Test func everyFieldHasALabelInTheTextsTable() {
        for field in Field.all(in: Self.fullDossier()) {
            #expect(Texts.has(field.labelKey), "\(field.labelKey)")
            #expect(!field.label.contains("["), "\(field.label)")
            #expect(!field.label.contains("%"), "\(field.label)")
        }
        #expect(Field.attachmentDate(1).label == "Pièce 2 : date")
    }

    /// Control characters typed, pasted or in a hostile draft never reach a letter: whatever is in any free-text
    /// field, the dossier for output has none, and keeps line breaks only.
    @Test func everyFreeTextFieldIsSanitisedBeforeOutput() async {
        let template = Self.fullDossier()
        let freeText = Field.all(in: template).filter(\.kind.isFreeText)
        await propertyCheck(count: 200, input: FuzzTests.nastyString.array(of: freeText.count...freeText.count)) {
            values in
            var dossier = template
            for (field, value) in zip(freeText, values) { dossier[field] = value }
            let clean = dossier.sanitizedForOutput
            for field in freeText {
                let controls = clean[field].unicodeScalars.filter {
                    ($0.value < 0x20 && $0.value != 0x0A) || (0x7F..<0xA0).contains($0.value)
                }
                #expect(controls.isEmpty, "\(field.path): \(clean[field].debugDescription)")
                #expect(clean[field] == dossier[field].withoutControlCharacters)
            }
        }
    }
}
