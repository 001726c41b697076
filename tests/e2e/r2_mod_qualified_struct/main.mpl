# Checks: `import Model.Account` gives qualified access to functions (Account.f, also as values) while the module's pub struct is visible unqualified.
import Model.Account

fn main() do
  let a = Account.open("ann", 100)
  let b = Account.deposit(a, 50)
  println("${b.balance} ${a.balance}")
  let w = Wallet { owner: "bob", balance: 5 }
  println(Account.describe(w))
  let owners = List.map([a, w], Account.owner_of)
  println("${owners}")
end
