module github.com/minidao/minidao/oracle

go 1.26
