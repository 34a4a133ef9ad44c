import QualityKit
import QualityKitTestSupport
import QualityRules
import Testing

/// Every example of every criterion of every tested pack: the documentation is the test.
@Test(arguments: CriterionExampleCase.all(in: TestedPacks.all))
func criterionExample(_ testCase: CriterionExampleCase) throws {
  try expectExample(testCase.example, of: testCase.criterion)
}
