fn main() {
    let path = std::env::args().nth(1).unwrap();
    for (i, l) in std::fs::read_to_string(path).unwrap().lines().enumerate() {
        println!(
            "{:3} {:?}  <- {}",
            i + 1,
            docket::segment::classify(l.trim()),
            l
        );
    }
}
