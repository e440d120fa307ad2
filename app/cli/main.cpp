// cdmype-cli: the command-line program (see product.md §5).
#include <iostream>
#include <locale>

#include "cli/cli.hpp"

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  auto term = cdmype::cli::Terminal::process(std::cin, std::cout, std::cerr);
  return cdmype::cli::run(args, term);
}
