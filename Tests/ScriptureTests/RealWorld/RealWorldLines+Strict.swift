/// Lines that hold a mistake: the valid pieces are kept and each bad one is an error (`!`).
extension RealWorldLines {
    static let strict = """
        Exodus 32:36-40 meaning => - !
        Exodus 41:1 => - !
        Exodus 32:30-35-40 => - !
        Exodus 32:1-6, 32:30-35-40 => Exod.32.1-Exod.32.6 !
        Ezekiel 25-16 => - !
        John 3/16 => - !
        Exodus 32:30~35 => - !
        John 3;16 => - !
        Exodus 32:31st => - !
        Exodus 32:31:5 => - !
        Exodus 32:30- => - !
        Exodus 32:35-30 => - !
        Jude 26 => - !
        Psalm 151 => - !
        Exodus 32 31 5 => - !
        Exodus 32 36 => - !
        Mathew 5:3 => - !
        Phillipians 4:13 => - !
        Revalation 3:20 => - !
        John 3:16, 99 => John.3.16 !
        John 3:16 and Romans 8:40 => John.3.16 !
        Psalm 23; 151 => Ps.23 !
        Romans 8:28, 1 Corinthians 17:1 => Rom.8.28 !
        Genesis 50:27 => - !
        Lev.1.1-Exod.32.30 => - !
        Judges 19:1-Ruth 5:1 => - !
        Exodus 32:31c => - !
        Acts 9:19b-25, 9:40-45 => Acts.9.19!b-Acts.9.25 !
        Genesis 1:0 => - !
        Matthew 29:1 => - !
        """
}
