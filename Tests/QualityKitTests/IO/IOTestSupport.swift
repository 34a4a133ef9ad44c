import QualityKit

/// Shared fixtures of the IO tests.
enum IOFixture {
  /// A source named `name` with `text` as its UTF-8 bytes.
  static func csv(_ name: String, _ text: String) -> CSVSource {
    CSVSource(name: name, text: text)
  }

  /// A builder over `ids`, each a school of municipality «Город».
  static func builder(_ ids: [SchoolID] = ["S1", "S2", "S3"]) throws -> Dataset.Builder {
    try Dataset.Builder(
      schools: ids.map { School(id: $0, name: "Школа \($0)", municipality: "Город") })
  }

  /// Whether two datasets have the same schools, years, metrics and values (NaN equal to NaN).
  static func sameValues(_ a: Dataset, _ b: Dataset) -> Bool {
    guard a.schools == b.schools, a.years == b.years, a.metrics == b.metrics else { return false }
    for metric in a.metrics {
      for year in a.years {
        let left = a.column(metric, year: year).map(Array.init) ?? []
        let right = b.column(metric, year: year).map(Array.init) ?? []
        guard left.count == right.count else { return false }
        for (x, y) in zip(left, right) where !(x == y || (x.isNaN && y.isNaN)) { return false }
      }
    }
    return true
  }

  /// Turns a wide values text (no quoting) into the long layout with the same values.
  static func longLayout(ofWide text: String) -> String {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
    guard let header = lines.first?.split(separator: ";", omittingEmptySubsequences: false) else {
      return ""
    }
    var result = "school_id;year;metric;value\n"
    for line in lines.dropFirst() {
      let cells = line.split(separator: ";", omittingEmptySubsequences: false)
      for index in 2..<cells.count where !cells[index].isEmpty {
        result += "\(cells[0]);\(cells[1]);\(header[index]);\(cells[index])\n"
      }
    }
    return result
  }

  /// A few lines as a Russian Excel export of a generated region reads: `;`, decimal comma, a
  /// UTF-8 byte order mark (written here as `\u{FEFF}`), missing cells. Kept as the project's former
  /// Python generator wrote them (`--schools 3 --seed 1 --excel`; `make-region --excel` writes the
  /// same dialect). Long lines are folded with `\` only to keep the source short.
  enum MakeDataset {
    static let schools =
      "\u{FEFF}" + """
        school_id;name;municipality;region;kind;settlement
        S000001;МБОУ СОШ №1;Муниципалитет 1;Синтетический край;secondary;urban
        S000002;МБОУ ООШ №2;Муниципалитет 1;Синтетический край;basic;urban
        S000003;МБОУ ООШ №3;Муниципалитет 1;Синтетический край;basic;urban

        """

    static let values =
      "\u{FEFF}" + """
        school_id;year;ege.russian.mean_score;ege.math_profile.mean_score;\
        ege.math_base.mean_mark;ege.russian.below_min_percent;ege.math.below_min_percent;\
        oge.russian.mean_mark;oge.math.mean_mark;oge.russian.below_min_percent;\
        oge.math.below_min_percent;gia.no_certificate_percent;gia.honours_percent;\
        vpr.russian.mean_mark;vpr.math.mean_mark;results.quality_percent;\
        results.success_percent;continuation.grade10_percent;olympiad.participation_percent;\
        olympiad.winners_percent;satisfaction.percent;additional_education.coverage_percent;\
        vpr.marks_lowered_percent;vpr.marks_confirmed_percent;vpr.marks_raised_percent;\
        context.enrollment;context.distance_to_center_km;social.low_ses_family_percent;\
        social.deviant_behaviour_percent;social.low_motivation_percent;\
        social.weak_russian_percent;social.large_family_percent;\
        social.non_native_russian_percent;social.one_parent_higher_ed_percent;\
        social.both_parents_higher_ed_percent;social.both_parents_unemployed_percent;\
        social.disabled_parent_percent;social.foster_or_guardianship_percent;\
        social.socially_dangerous_family_percent;social.juvenile_commission_percent;\
        social.single_parent_percent;social.below_subsistence_percent;\
        social.one_parent_unemployed_percent;social.poor_housing_percent;\
        social.partly_poor_housing_percent;social.school_bus_percent;\
        social.disabled_or_adapted_percent;social.internal_register_percent;\
        staff.category_confirmed_3y_percent;staff.load_over_1_5_percent;\
        staff.competition_3y_percent;staff.non_profile_percent;staff.quality_training_percent;\
        resources.recent_textbooks_percent
        S000001;2020;70,2;57,4;4,27;;2,2;4,06;3,60;2,5;1,9;0,4;7,2;3,67;3,57;48,7;97,1;73,8;\
        0,91;6,4;75;84,3;40,3;57,1;2,6;664;;21,1;3,4;11,9;3,4;19,6;4,6;23,0;9,3;3,9;2,0;2,7;\
        1,0;0,8;27,4;13,4;9,1;8,4;16,2;11,0;2,9;;44,7;9,4;7,0;3,1;32,6;49,2
        S000002;2020;;;;;;3,80;3,81;0,0;3,1;1,1;9,8;3,50;3,58;52,7;93,1;68,3;2,19;5,1;73;72,9;\
        44,0;50,7;5,3;642;9,6;17,8;2,5;13,7;5,0;14,5;7,7;29,1;15,1;3,0;0,9;3,8;1,5;1,3;25,4;;\
        9,5;10,8;15,0;4,2;3,1;3,5;37,9;6,8;4,9;2,2;43,6;56,8
        S000003;2020;;;;;;3,81;3,82;0,4;1,2;0,0;7,6;3,70;3,78;58,5;97,8;75,0;2,58;6,0;90;80,5;\
        35,0;56,3;8,7;366;3,4;20,5;2,1;10,1;5,0;;5,0;28,4;13,8;3,4;2,7;2,5;1,8;0,9;22,9;13,3;\
        8,4;10,8;16,5;8,0;3,1;4,0;40,6;7,2;6,2;6,1;44,5;32,6
        S000001;2021;73,5;58,4;4,22;0,3;0,1;4,01;4,01;0,9;3,5;0,5;8,5;3,57;3,88;51,5;;77,9;\
        2,69;6,5;86;78,2;41,4;53,0;;658;7,7;20,6;3,2;10,9;2,0;17,5;7,6;31,9;11,9;4,0;2,0;2,9;\
        1,7;1,2;27,1;14,2;8,8;4,8;14,7;6,0;3,4;3,4;53,6;3,8;10,2;1,9;36,4;37,5
        S000002;2021;;;;;;3,72;3,36;1,8;4,3;2,0;5,5;3,55;3,60;53,7;92,4;;2,10;5,2;;70,0;37,9;\
        54,3;7,8;657;9,6;14,7;2,7;15,1;4,9;16,2;4,1;27,6;13,2;3,2;2,0;4,3;1,5;0,9;24,3;20,9;\
        7,8;10,9;19,8;8,6;2,4;2,5;48,1;22,2;4,7;1,7;49,9;41,7
        S000003;2021;;;;;;3,95;3,90;0,2;0,5;0,8;10,1;3,62;3,88;;94,3;71,6;2,69;6,1;90;84,4;\
        14,8;79,1;6,1;377;3,4;16,0;3,2;11,6;6,0;15,6;2,2;28,1;11,3;1,2;2,1;2,6;1,5;1,0;22,5;\
        15,5;6,7;6,3;14,2;9,9;4,2;2,6;59,0;10,9;10,8;5,3;47,3;45,0
        S000001;2022;68,7;55,2;4,37;0,2;4,2;3,93;3,67;0,2;1,2;0,2;5,4;3,63;3,56;61,4;93,4;74,1;\
        2,59;7,3;83;80,4;11,8;85,1;3,1;642;7,7;15,8;2,8;11,7;3,7;16,5;7,0;;10,7;4,2;2,2;4,1;\
        1,6;0,9;27,6;17,2;8,8;8,7;16,3;7,5;2,2;2,0;56,3;;6,8;0,4;50,9;43,6
        S000002;2022;;;;;;3,71;3,37;0,1;3,0;1,0;9,7;3,52;3,42;46,5;91,4;64,8;1,49;4,1;69;74,5;\
        47,6;44,5;7,9;638;9,6;19,7;3,1;12,2;6,0;17,4;5,3;29,8;14,3;3,7;2,2;3,0;1,7;0,7;21,7;\
        12,9;9,2;10,1;17,4;7,1;3,3;2,0;42,1;12,3;1,9;;44,9;45,1
        S000003;2022;;;;;;4,08;3,71;1,5;;0,5;11,8;3,58;3,95;52,1;100;85,8;3,12;7,4;87;72,8;\
        29,9;63,8;6,3;372;3,4;21,2;3,3;11,1;6,1;15,9;4,3;30,5;15,9;3,2;2,3;3,6;1,5;0,8;27,3;\
        15,2;7,9;10,7;;7,4;2,8;2,6;60,8;13,4;6,0;2,8;43,8;47,6

        """

    static let benchmarks =
      "\u{FEFF}" + """
        scope;year;metric;value
        region;2020;ege.math_profile.mean_score;63,40
        region;2020;ege.russian.mean_score;76,20
        region;2020;oge.math.mean_mark;3,84
        region;2020;oge.russian.mean_mark;3,99
        region;2020;vpr.math.mean_mark;3,74
        region;2020;vpr.russian.mean_mark;3,72
        region;2021;ege.math_profile.mean_score;64,40
        region;2021;ege.russian.mean_score;79,50
        region;2021;oge.math.mean_mark;3,86
        region;2021;oge.russian.mean_mark;3,99
        region;2021;vpr.math.mean_mark;3,89
        region;2021;vpr.russian.mean_mark;3,68
        region;2022;ege.math_profile.mean_score;61,20
        region;2022;ege.russian.mean_score;74,70
        region;2022;oge.math.mean_mark;3,68
        region;2022;oge.russian.mean_mark;4,01
        region;2022;vpr.math.mean_mark;3,74
        region;2022;vpr.russian.mean_mark;3,68

        """
  }
}
