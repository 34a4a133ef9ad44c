import QualityKit

extension Amur {
  /// «Анализ результатов ВПР по маркерам необъективности результатов (соотнесение результатов ВПР с
  /// текущей успеваемостью обучающихся, мониторинг результатов ВПР по годам (резкое изменение
  /// результатов от одной параллели к другой), завышение/занижение результатов ВПР)…»
  public static let objectivityMarkers = ObjectivityMarkersCriterion(
    id: "amur.objectivity_markers",
    title: LocalizedText(
      ru: "Маркеры необъективности результатов ВПР: расхождение с журнальными отметками, резкое "
        + "изменение за год",
      en: "Markers of non-objective ВПР results: divergence from journal marks, a sharp change in "
        + "a year"),
    rationale: LocalizedText(
      ru: "Четыре маркера за год Y: доля участников ВПР с отметкой выше журнальной больше 15 %; "
        + "доля подтвердивших журнальную отметку меньше 40 %; средняя отметка ВПР по русскому "
        + "языку или по математике изменилась с прошлого года больше чем на 0,5. Достаточно "
        + "одного маркера.",
      en: "Four markers in year Y: more than 15% of ВПР takers marked above their journal mark; "
        + "fewer than 40% confirming it; the ВПР mean mark in Russian or in mathematics changed by "
        + "more than 0.5 since the year before. One marker is enough."),
    provenance: svobodny(
      Section.vpr,
      "Анализ результатов ВПР по маркерам необъективности результатов (соотнесение результатов ВПР "
        + "с текущей успеваемостью обучающихся, мониторинг результатов ВПР по годам (резкое "
        + "изменение результатов от одной параллели к другой), завышение/занижение результатов "
        + "ВПР) позволяет увидеть обозначенные признаки необъективности.", .derived,
      derivation: LocalizedText(
        ru:
          "Маркеры — документа, порогов нет. Прочтение: «соотнесение с текущей успеваемостью» и «завышение/занижение» — доли повышенных и подтверждённых отметок ВПР относительно журнала; «резкое изменение по годам» — изменение средней отметки ВПР школы за год (все параллели вместе: поклассных данных нет). Пороги и число маркеров — параметры.",
        en: "The markers are the document's; it gives no thresholds. Reading: «соотнесение с "
          + "текущей успеваемостью» and «завышение/занижение» are the shares of ВПР marks raised "
          + "above and confirming the journal mark; «резкое изменение по годам» is the change of "
          + "the school's ВПР mean mark in a year (all grades together: there are no per-grade "
          + "data). The thresholds and the number of markers are parameters.")),
    markers: [
      .above(.vprMarksRaisedPercent, raisedAbove),
      .below(.vprMarksConfirmedPercent, confirmedBelow),
      .sharpChange(.vprRussianMeanMark, sharpChange),
      .sharpChange(.vprMathMeanMark, sharpChange),
    ],
    minimumMarkers: PackParameter(
      key: "amur.objectivity_markers.minimum_markers", defaultValue: 1, unit: .count,
      range: 1...4, kind: .derived,
      rationale: LocalizedText(
        ru: "Документ перечисляет маркеры как самостоятельные признаки («позволяет увидеть "
          + "обозначенные признаки необъективности»); одного достаточно, чтобы школа попала в "
          + "анализ.",
        en: "The document lists the markers as separate signs («позволяет увидеть обозначенные "
          + "признаки необъективности»); one is enough to bring a school into the analysis.")),
    examples: [
      CriterionDescription.Example(
        "k = 1. A: raised 16 > 15 → met; B: confirmed 39 < 40 → met; C: ВПР Russian 3.2 → 3.8 "
          + "(Δ 0.6) → met; D: mathematics 4.0 → 3.4 (a fall of 0.6) → met; E: raised exactly 15, "
          + "confirmed exactly 40, Russian 3.0 → 3.5 (Δ exactly 0.5), mathematics steady → no "
          + "marker strictly passes → not met; F: no 2021 marks, raised and confirmed fine → the "
          + "change markers are open → insufficient data; G: raised 20 and nothing else → met",
        year: 2022,
        schools: [
          "A": markerValues(raised: 16, confirmed: 60, russian: (3.5, 3.6), math: (3.4, 3.5)),
          "B": markerValues(raised: 5, confirmed: 39, russian: (3.5, 3.6), math: (3.4, 3.5)),
          "C": markerValues(raised: 5, confirmed: 70, russian: (3.2, 3.8), math: (3.4, 3.5)),
          "D": markerValues(raised: 5, confirmed: 70, russian: (3.5, 3.6), math: (4.0, 3.4)),
          "E": markerValues(raised: 15, confirmed: 40, russian: (3.0, 3.5), math: (3.4, 3.4)),
          "F": [
            .vprMarksRaisedPercent: [2022: 5], .vprMarksConfirmedPercent: [2022: 70],
            .vprRussianMeanMark: [2022: 3.6], .vprMathMeanMark: [2022: 3.5],
          ],
          "G": [.vprMarksRaisedPercent: [2022: 20]],
        ],
        expected: [
          "A": .met, "B": .met, "C": .met, "D": .met, "E": .notMet, "F": .insufficientData,
          "G": .met,
        ]),
      CriterionDescription.Example(
        "k = 2: A has one marker (raised 16) of four decided → not met; B has two (raised 16, "
          + "confirmed 35) → met; C has one marker and two open (no 2021 marks) → insufficient data",
        year: 2022,
        schools: [
          "A": markerValues(raised: 16, confirmed: 60, russian: (3.5, 3.6), math: (3.4, 3.5)),
          "B": markerValues(raised: 16, confirmed: 35, russian: (3.5, 3.6), math: (3.4, 3.5)),
          "C": [
            .vprMarksRaisedPercent: [2022: 16], .vprMarksConfirmedPercent: [2022: 60],
            .vprRussianMeanMark: [2022: 3.6], .vprMathMeanMark: [2022: 3.5],
          ],
        ],
        parameters: ["amur.objectivity_markers.minimum_markers": 2],
        expected: ["A": .notMet, "B": .met, "C": .insufficientData]),
    ])

  /// The raised-marks marker's threshold.
  static let raisedAbove = PackParameter(
    key: "amur.objectivity_markers.raised_above", defaultValue: 15, unit: .percent, range: 0...100,
    kind: .derived,
    rationale: LocalizedText(
      ru:
        "«завышение … результатов ВПР»: порог производный — больше чем вдвое выше доли повышенных "
        + "отметок «в целом по городу» в документе г. Лесосибирска, Красноярский край (6,5 %; в "
        + "документах Амурской области цифр нет, приводится лишь для ориентира), с округлением "
        + "до 15 %.",
      en:
        "«завышение … результатов ВПР»: a derived threshold — more than twice the city-wide share "
        + "of raised marks in the Lesosibirsk document, Krasnoyarsk krai (6.5%; the Amur documents "
        + "give no figure, cited for scale only), rounded to 15%."))

  /// The confirmed-marks marker's threshold.
  static let confirmedBelow = PackParameter(
    key: "amur.objectivity_markers.confirmed_below", defaultValue: 40, unit: .percent,
    range: 0...100, kind: .derived,
    rationale: LocalizedText(
      ru: "«соотнесение результатов ВПР с текущей успеваемостью»: порог производный — в городе "
        + "уже «только половина отметок ОГЭ (55,1%) подтверждает отметку за промежуточную "
        + "аттестацию»; школа, где подтверждено меньше 40 % отметок ВПР, почти на 20 п.п. ниже "
        + "городского показателя г. Лесосибирска (59,22 %, Красноярский край, для ориентира).",
      en: "«соотнесение результатов ВПР с текущей успеваемостью»: a derived threshold — city-wide "
        + "«только половина отметок ОГЭ (55,1%) подтверждает отметку за промежуточную аттестацию» "
        + "is already a concern; a school confirming fewer than 40% of ВПР marks is almost 20 p.p. "
        + "below the city-wide figure of Lesosibirsk (59.22%, Krasnoyarsk krai, for scale)."))

  /// The sharp-change markers' threshold, in marks, shared by Russian and mathematics.
  static let sharpChange = PackParameter(
    key: "amur.objectivity_markers.sharp_change", defaultValue: 0.5, unit: .mark, range: 0...3,
    kind: .derived,
    rationale: LocalizedText(
      ru: "«резкое изменение результатов»: порог производный — полбалла средней отметки ВПР за "
        + "год; это больше разброса средних отметок г. Свободного по русскому языку между 5–8 "
        + "классами в 2021 году (3,00–3,18) и редкость для школы, чьи результаты стабильны.",
      en: "«резкое изменение результатов»: a derived threshold — half a mark of the ВПР mean mark "
        + "in a year; more than the spread of Svobodny's Russian mean marks across grades 5–8 in "
        + "2021 (3.00–3.18) and rare for a school whose results are steady."))

  /// The four marker values of one school in 2022, with the ВПР mean marks of 2021 and 2022.
  static func markerValues(
    raised: Double, confirmed: Double, russian: (Double, Double), math: (Double, Double)
  ) -> [MetricKey: [Int: Double]] {
    [
      .vprMarksRaisedPercent: [2022: raised], .vprMarksConfirmedPercent: [2022: confirmed],
      .vprRussianMeanMark: [2021: russian.0, 2022: russian.1],
      .vprMathMeanMark: [2021: math.0, 2022: math.1],
    ]
  }
}
