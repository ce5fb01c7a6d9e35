import Foundation

exit(CommandLineTool(console: StandardConsole()).run(Array(CommandLine.arguments.dropFirst())))
