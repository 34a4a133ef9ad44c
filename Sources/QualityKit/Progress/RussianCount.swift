/// Russian noun forms after a count.
enum RussianCount {
  /// The genitive a noun takes after «из N»: singular after 1, 21, 31… («из 21 критерия»), plural
  /// otherwise, 11 included («из 11 критериев», «из 3 школ»).
  static func genitive(_ count: Int, one: String, other: String) -> String {
    let lastTwo = abs(count) % 100
    return lastTwo % 10 == 1 && lastTwo != 11 ? one : other
  }
}
