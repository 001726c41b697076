service Hits do
  fn init() -> Int do
    0
  end

  call Hit(n :: Int) :: Int do |total|
    (total + n, total + n)
  end
end
