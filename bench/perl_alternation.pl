#!/usr/bin/perl
# What a Perl user would write: one alternation of every key (longest first) and a hash
# look-up for the replacement, line by line, with UTF-8 semantics.
# Usage: perl_alternation.pl PAIRS.tsv < input > output   (PAIRS: "from<TAB>to" lines)
use strict;
use warnings;
use utf8;

binmode STDIN, ':encoding(UTF-8)';
binmode STDOUT, ':encoding(UTF-8)';
open my $pairs, '<:encoding(UTF-8)', $ARGV[0] or die "perl_alternation: cannot read $ARGV[0]\n";
my %to;
while (my $line = <$pairs>) {
  chomp $line;
  my ($from, $target) = split /\t/, $line, 2;
  $to{$from} = $target if defined $target && length $from;
}
my $alternation = join '|', map { quotemeta } sort { length $b <=> length $a } keys %to;
my $re = qr/($alternation)/;
while (my $line = <STDIN>) {
  $line =~ s/$re/$to{$1}/g;
  print $line;
}
