module github.com/minidao/minidao/relayer

go 1.26
