# Module Model.Account: a struct and functions over it.
pub struct Wallet do
  owner :: String
  balance :: Int
end

pub fn open(owner :: String, amount :: Int) -> Wallet = Wallet { owner: owner, balance: amount }

pub fn deposit(w :: Wallet, amount :: Int) -> Wallet = %{w | balance: w.balance + amount}

pub fn describe(w :: Wallet) -> String = w.owner <> " has " <> String.from(w.balance)

pub fn owner_of(w :: Wallet) -> String = w.owner
