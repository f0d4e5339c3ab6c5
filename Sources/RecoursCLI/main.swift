print("recours")
