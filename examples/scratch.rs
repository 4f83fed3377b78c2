fn main() {
    for a in std::env::args().skip(1) {
        let k = format!("{:?}", docket::segment::classify(&a));
        println!("{a:?} => {}", &k[..k.len().min(150)]);
    }
}
